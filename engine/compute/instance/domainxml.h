#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace sd {

// One disk of a domain: the root overlay, the ephemeral and swap disks, the NoCloud seed CD-ROM.
struct DomainDisk
{
    QString path;
    QString format = QStringLiteral("qcow2"); // qcow2 | raw
    QString target;                           // vda, vdb, sda
    bool cdrom = false;
    int bootOrder = 0; // > 0: the domain boots from this disk (<boot order>), not by <os><boot dev>
    // A volume of a libvirt pool instead of a file (<disk type='volume'>: a boot volume), with the serial
    // the guest sees (/dev/disk/by-id/virtio-<serial>).
    QString pool;
    QString volume;
    QString serial;
};

// What the domain XML is written from. Every text value here is written through QXmlStreamWriter, so
// names and descriptions a user typed are escaped, never spliced into the XML.
struct DomainSpec
{
    QString instanceId; // also the domain's UUID
    QString name;       // the instance's name, for <title>
    QString domainType = QStringLiteral("kvm"); // kvm | qemu | test
    QString architecture = QStringLiteral("x86_64");
    int vcpus = 1;
    qint64 ramMb = 512;
    QList<DomainDisk> disks;
    // One <interface> per port, as NetworkRealizer::interfaceXml writes it (copied element by element).
    QStringList interfaceXml;
    bool vnc = true;
    bool spice = true;
    QString graphicsPassword; // ConsolePassword::forInstance; empty: none
    // Where the serial console's output is also logged on the host (empty: no log file).
    QString consoleLogPath;
    // StackDesk's metadata: lets the engine recognise its own domains and adopt them after a crash.
    QString projectId;
    QString projectName;
    QString userId;
    QString flavorId;
    QString flavorName;
    QString imageId;
};

// The libvirt domain XML of an instance, named sd-<uuid> with StackDesk's <metadata> (DESIGN.md §2).
class DomainXml
{
    Q_DECLARE_TR_FUNCTIONS(sd::DomainXml)

public:
    static QString write(const DomainSpec &spec);
    // One <disk> element, as write() puts it in <devices> (for edits of an existing domain's XML).
    static void writeDisk(QXmlStreamWriter &w, const DomainDisk &disk);
    // Copies an XML fragment (one element and its children, as text) token by token into `w`, so it is
    // re-escaped and re-indented as the rest of the document.
    static void copyFragment(QXmlStreamWriter &w, const QString &xml);
    // The instance id in a domain's StackDesk metadata; empty when the XML has none (a foreign domain).
    static QString instanceIdOf(const QString &domainXml);
};

} // namespace sd

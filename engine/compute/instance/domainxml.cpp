#include "domainxml.h"

#include "hosts/hostprobe.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sd {

namespace {

void element(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(name, text);
}

} // namespace

void DomainXml::copyFragment(QXmlStreamWriter &w, const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument() || r.isDTD() || (r.isCharacters() && r.isWhitespace()))
            continue;
        w.writeCurrentToken(r);
    }
}

void DomainXml::writeDisk(QXmlStreamWriter &w, const DomainDisk &d)
{
    const bool pooled = !d.pool.isEmpty();
    w.writeStartElement(QStringLiteral("disk"));
    w.writeAttribute(QStringLiteral("type"), pooled ? QStringLiteral("volume") : QStringLiteral("file"));
    w.writeAttribute(QStringLiteral("device"), d.cdrom ? QStringLiteral("cdrom") : QStringLiteral("disk"));
    w.writeEmptyElement(QStringLiteral("driver"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    w.writeAttribute(QStringLiteral("type"), d.format);
    w.writeEmptyElement(QStringLiteral("source"));
    if (pooled) {
        w.writeAttribute(QStringLiteral("pool"), d.pool);
        w.writeAttribute(QStringLiteral("volume"), d.volume);
    } else {
        w.writeAttribute(QStringLiteral("file"), d.path);
    }
    w.writeEmptyElement(QStringLiteral("target"));
    w.writeAttribute(QStringLiteral("dev"), d.target);
    // The seed CD-ROM on IDE: the default i440fx machine has it, and small guests (Debian's cloud kernel)
    // ship no AHCI driver for a SATA one.
    w.writeAttribute(QStringLiteral("bus"), d.cdrom ? QStringLiteral("ide") : QStringLiteral("virtio"));
    if (d.cdrom)
        w.writeEmptyElement(QStringLiteral("readonly"));
    if (!d.serial.isEmpty())
        w.writeTextElement(QStringLiteral("serial"), d.serial);
    if (d.bootOrder > 0) {
        w.writeEmptyElement(QStringLiteral("boot"));
        w.writeAttribute(QStringLiteral("order"), QString::number(d.bootOrder));
    }
    w.writeEndElement();
}

namespace {

void writeGraphics(QXmlStreamWriter &w, const QString &type, const QString &password)
{
    // Loopback only: consoles are reached through libvirt (virDomainOpenGraphicsFD) or an SSH tunnel,
    // never through a port open on the network (DESIGN.md §4).
    w.writeStartElement(QStringLiteral("graphics"));
    w.writeAttribute(QStringLiteral("type"), type);
    w.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    w.writeAttribute(QStringLiteral("listen"), QStringLiteral("127.0.0.1"));
    if (!password.isEmpty())
        w.writeAttribute(QStringLiteral("passwd"), password);
    w.writeEmptyElement(QStringLiteral("listen"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("address"));
    w.writeAttribute(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    w.writeEndElement();
}

} // namespace

QString DomainXml::write(const DomainSpec &s)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("domain"));
    w.writeAttribute(QStringLiteral("type"), s.domainType);
    element(w, QStringLiteral("name"), QStringLiteral("sd-") + s.instanceId);
    element(w, QStringLiteral("uuid"), s.instanceId);
    element(w, QStringLiteral("title"), s.name);

    w.writeStartElement(QStringLiteral("metadata"));
    w.writeNamespace(QLatin1String(kInstanceMetadataNamespace), QStringLiteral("stackdesk"));
    const QString ns = QLatin1String(kInstanceMetadataNamespace);
    w.writeStartElement(ns, QStringLiteral("instance"));
    w.writeAttribute(QStringLiteral("id"), s.instanceId);
    w.writeTextElement(ns, QStringLiteral("name"), s.name);
    w.writeEmptyElement(ns, QStringLiteral("project"));
    w.writeAttribute(QStringLiteral("id"), s.projectId);
    w.writeAttribute(QStringLiteral("name"), s.projectName);
    w.writeEmptyElement(ns, QStringLiteral("user"));
    w.writeAttribute(QStringLiteral("id"), s.userId);
    w.writeEmptyElement(ns, QStringLiteral("flavor"));
    w.writeAttribute(QStringLiteral("id"), s.flavorId);
    w.writeAttribute(QStringLiteral("name"), s.flavorName);
    w.writeEmptyElement(ns, QStringLiteral("image"));
    w.writeAttribute(QStringLiteral("id"), s.imageId);
    w.writeEndElement(); // instance
    w.writeEndElement(); // metadata

    w.writeStartElement(QStringLiteral("memory"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    w.writeCharacters(QString::number(s.ramMb));
    w.writeEndElement();
    element(w, QStringLiteral("vcpu"), QString::number(s.vcpus));

    w.writeStartElement(QStringLiteral("os"));
    w.writeStartElement(QStringLiteral("type"));
    w.writeAttribute(QStringLiteral("arch"), s.architecture);
    w.writeCharacters(QStringLiteral("hvm"));
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("boot"));
    w.writeAttribute(QStringLiteral("dev"), QStringLiteral("hd"));
    w.writeEndElement();
    // ACPI: a soft reboot or shutdown reaches the guest, and devices can be hot-plugged (DESIGN.md §8).
    w.writeStartElement(QStringLiteral("features"));
    w.writeEmptyElement(QStringLiteral("acpi"));
    w.writeEmptyElement(QStringLiteral("apic"));
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("clock"));
    w.writeAttribute(QStringLiteral("offset"), QStringLiteral("utc"));
    element(w, QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    element(w, QStringLiteral("on_reboot"), QStringLiteral("restart"));
    element(w, QStringLiteral("on_crash"), QStringLiteral("destroy"));

    w.writeStartElement(QStringLiteral("devices"));
    for (const DomainDisk &d : s.disks)
        writeDisk(w, d);
    for (const QString &nic : s.interfaceXml)
        DomainXml::copyFragment(w, nic);
    w.writeStartElement(QStringLiteral("serial"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    if (!s.consoleLogPath.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("log"));
        w.writeAttribute(QStringLiteral("file"), s.consoleLogPath);
        w.writeAttribute(QStringLiteral("append"), QStringLiteral("on"));
    }
    w.writeEmptyElement(QStringLiteral("target"));
    w.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("console"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    w.writeEmptyElement(QStringLiteral("target"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("serial"));
    w.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("input"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("tablet"));
    w.writeAttribute(QStringLiteral("bus"), QStringLiteral("usb"));
    if (s.vnc)
        writeGraphics(w, QStringLiteral("vnc"), s.graphicsPassword);
    if (s.spice)
        writeGraphics(w, QStringLiteral("spice"), s.graphicsPassword);
    if (s.vnc || s.spice) {
        w.writeStartElement(QStringLiteral("video"));
        w.writeEmptyElement(QStringLiteral("model"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("vga"));
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("memballoon"));
    w.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
    w.writeEndElement();
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    return xml.trimmed() + QLatin1Char('\n');
}

QString DomainXml::instanceIdOf(const QString &domainXml)
{
    QXmlStreamReader r(domainXml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("instance")
            && r.namespaceUri() == QLatin1String(kInstanceMetadataNamespace))
            return r.attributes().value(QStringLiteral("id")).toString();
    }
    return {};
}

} // namespace sd

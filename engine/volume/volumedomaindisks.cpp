// VolumeStorage's side of attachments: the <disk> of a volume, device names, hot-plug and unplug into a
// domain (live and persistent, or persistent only on the test driver), and online resize.

#include "volumestorage.h"

#include "compute/instance/domainxml.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

namespace sd {

namespace {

struct DomainFree
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using Domain = std::unique_ptr<virDomain, DomainFree>;

constexpr int kDetachTimeoutMs = 30000;
constexpr int kDetachRetryMs = 5000;


QString xmlOf(virDomainPtr dom, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    return text;
}

Domain lookupDomain(virConnectPtr conn, const QString &name)
{
    const QByteArray n = name.toUtf8();
    return Domain(virDomainLookupByName(conn, n.constData()));
}

struct DiskInfo
{
    QString target; // vdb
    QString serial;
    QString xml; // the <disk> element as the domain has it
};

// Rewrites the domain XML token by token (as DomainInterfaces does for interfaces). Each <disk> directly
// under <devices> is passed to keep(); insert goes in as the last device of <devices>.
template <typename Keep>
Result<QString> rewriteDisks(const QString &domainXml, const QString &insert, Keep keep)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    QXmlStreamReader r(domainXml);
    QStringList path;
    DiskInfo pending;
    std::unique_ptr<QXmlStreamWriter> capture;
    bool sawDevices = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument() || r.isDTD() || (r.isCharacters() && r.isWhitespace()))
            continue;
        if (r.isStartElement()) {
            path.append(r.name().toString());
            if (!capture && path.size() == 3 && path.at(1) == QLatin1String("devices") &&
                r.name() == QLatin1String("disk")) {
                pending = {};
                capture = std::make_unique<QXmlStreamWriter>(&pending.xml);
            }
            if (capture && path.size() == 4 && r.name() == QLatin1String("target"))
                pending.target = r.attributes().value(QStringLiteral("dev")).toString();
        }
        if (capture && r.isCharacters() && path.size() == 4 && path.at(3) == QLatin1String("serial"))
            pending.serial += r.text();
        if (r.isEndElement() && path.size() == 2 && path.at(1) == QLatin1String("devices")) {
            sawDevices = true;
            if (!insert.isEmpty())
                DomainXml::copyFragment(w, insert);
        }
        (capture ? *capture : w).writeCurrentToken(r);
        if (r.isEndElement()) {
            if (capture && path.size() == 3) {
                capture.reset();
                pending.serial = pending.serial.trimmed();
                if (keep(pending))
                    DomainXml::copyFragment(w, pending.xml);
            }
            path.removeLast();
        }
    }
    if (r.hasError())
        return makeError(ErrorCode::Internal, VolumeStorage::tr("The domain XML cannot be read (line %1: %2)")
                                                  .arg(r.lineNumber())
                                                  .arg(r.errorString()));
    if (!sawDevices)
        return makeError(ErrorCode::Internal, VolumeStorage::tr("The domain XML has no <devices>"));
    return out.trimmed() + QLatin1Char('\n');
}

Result<QList<DiskInfo>> disksOf(const QString &domainXml)
{
    QList<DiskInfo> disks;
    auto read = rewriteDisks(domainXml, QString(), [&](const DiskInfo &d) {
        disks.append(d);
        return true;
    });
    if (!read)
        return read.error();
    return disks;
}

std::optional<DiskInfo> diskWithSerial(const QString &domainXml, const QString &serial)
{
    const auto disks = disksOf(domainXml);
    if (!disks)
        return std::nullopt;
    for (const DiskInfo &d : *disks)
        if (!d.serial.isEmpty() && d.serial == serial)
            return d;
    return std::nullopt;
}

QString serialOf(const QString &id)
{
    return id.left(20);
}

bool isActive(virDomainPtr dom)
{
    return virDomainIsActive(dom) == 1;
}


} // namespace

// ---- attachments ---------------------------------------------------------------------------------------

QString VolumeStorage::diskXml(const StorageRef &ref, const QString &device, const QString &serial)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("disk"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("volume"));
    w.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    // QEMU's default cache mode: cache='none' means O_DIRECT, which a pool on tmpfs cannot open.
    w.writeEmptyElement(QStringLiteral("driver"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    w.writeAttribute(QStringLiteral("type"), ref.format.isEmpty() ? QStringLiteral("raw") : ref.format);
    w.writeEmptyElement(QStringLiteral("source"));
    w.writeAttribute(QStringLiteral("pool"), ref.pool);
    w.writeAttribute(QStringLiteral("volume"), ref.volume);
    w.writeEmptyElement(QStringLiteral("target"));
    w.writeAttribute(QStringLiteral("dev"), device);
    w.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    w.writeTextElement(QStringLiteral("serial"), serialOf(serial));
    w.writeEndElement();
    return xml;
}

Result<QString> VolumeStorage::pickDevice(const QString &domainXml, const QString &requested)
{
    const auto disks = disksOf(domainXml);
    if (!disks)
        return disks.error();
    QStringList taken;
    for (const DiskInfo &d : *disks)
        taken << d.target;
    if (!requested.trimmed().isEmpty()) {
        QString dev = requested.trimmed();
        if (dev.startsWith(QLatin1String("/dev/")))
            dev = dev.mid(5);
        static const QRegularExpression virtio(QStringLiteral("^vd[a-z]$"));
        if (!virtio.match(dev).hasMatch())
            return makeError(ErrorCode::BadRequest,
                             tr("Device %1 is not a virtio disk name (/dev/vdb to /dev/vdz)").arg(requested));
        if (taken.contains(dev))
            return makeError(ErrorCode::Conflict, tr("Device /dev/%1 is in use on this instance").arg(dev));
        return dev;
    }
    for (char c = 'b'; c <= 'z'; ++c) {
        const QString dev = QStringLiteral("vd") + QLatin1Char(c);
        if (!taken.contains(dev))
            return dev;
    }
    return makeError(ErrorCode::Conflict,
                     tr("The instance has no free virtio disk name: /dev/vdb to /dev/vdz are all in use"));
}

Result<QString> VolumeStorage::attach(virConnectPtr conn, const QString &domainName, const StorageRef &ref,
                                      const QString &requestedDevice, const QString &serial, bool simulated)
{
    Domain dom = lookupDomain(conn, domainName);
    if (!dom)
        return VolumeStorage::hostError(tr("Domain %1 is not on its host").arg(domainName));
    const bool live = !simulated && isActive(dom.get());
    const bool persistent = virDomainIsPersistent(dom.get()) == 1;
    // The live XML holds what a running guest has, the inactive one what it will have.
    const QString current = xmlOf(dom.get(), live ? 0 : VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (current.isEmpty())
        return VolumeStorage::hostError(tr("Domain %1 cannot be read").arg(domainName));
    // Attached already (a retry after a lost answer): the same device again.
    if (const auto there = diskWithSerial(current, serialOf(serial)))
        return there->target;
    auto device = pickDevice(current, requestedDevice);
    if (!device)
        return device.error();
    const QString disk = diskXml(ref, *device, serial);

    if (simulated) {
        auto edited = rewriteDisks(current, disk, [](const DiskInfo &) { return true; });
        if (!edited)
            return edited.error();
        const QByteArray bytes = edited->toUtf8();
        Domain defined(virDomainDefineXML(conn, bytes.constData()));
        if (!defined)
            return VolumeStorage::hostError(
                tr("Volume %1 cannot be added to the definition of domain %2").arg(ref.volume, domainName));
        return *device;
    }
    unsigned int flags = 0;
    if (persistent)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    const QByteArray bytes = disk.toUtf8();
    if (virDomainAttachDeviceFlags(dom.get(), bytes.constData(), flags) < 0)
        return VolumeStorage::hostError(tr("Volume %1 cannot be attached to domain %2").arg(ref.volume, domainName));
    return *device;
}

Result<void> VolumeStorage::detach(virConnectPtr conn, const QString &domainName, const QString &serial,
                                   bool simulated)
{
    Domain dom = lookupDomain(conn, domainName);
    if (!dom)
        return VolumeStorage::hostError(tr("Domain %1 is not on its host").arg(domainName));
    const QString wanted = serialOf(serial);
    const unsigned int inactiveFlags = VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE;

    if (simulated) {
        const QString current = xmlOf(dom.get(), inactiveFlags);
        if (!diskWithSerial(current, wanted))
            return {};
        auto edited = rewriteDisks(current, QString(), [&](const DiskInfo &d) { return d.serial != wanted; });
        if (!edited)
            return edited.error();
        const QByteArray bytes = edited->toUtf8();
        Domain defined(virDomainDefineXML(conn, bytes.constData()));
        if (!defined)
            return VolumeStorage::hostError(tr("The disk with serial %1 cannot be removed from the definition of domain %2")
                                 .arg(wanted, domainName));
        return {};
    }

    // The live device first: the guest has to release it (ACPI); libvirt may return before it has, so
    // the live XML tells when the disk is gone (as DomainInterfaces::unplug does for interfaces).
    if (isActive(dom.get())) {
        QElapsedTimer waited;
        waited.start();
        qint64 lastRequest = -kDetachRetryMs;
        while (const auto disk = diskWithSerial(xmlOf(dom.get(), 0), wanted)) {
            if (waited.elapsed() > kDetachTimeoutMs)
                return makeError(
                    ErrorCode::Conflict,
                    tr("The guest of domain %1 did not release disk %2 within %3 s; its operating "
                       "system must support PCI hot-unplug (ACPI). Try again, or shut the instance off first")
                        .arg(domainName, disk->target)
                        .arg(kDetachTimeoutMs / 1000));
            if (waited.elapsed() - lastRequest >= kDetachRetryMs) {
                // Only the first request's refusal is the answer: QEMU refuses a repeated one while the
                // first is still pending.
                const bool first = lastRequest < 0;
                lastRequest = waited.elapsed();
                const QByteArray bytes = disk->xml.toUtf8();
                if (virDomainDetachDeviceFlags(dom.get(), bytes.constData(), VIR_DOMAIN_AFFECT_LIVE) < 0 &&
                    first && diskWithSerial(xmlOf(dom.get(), 0), wanted))
                    return VolumeStorage::hostError(
                        tr("Disk %1 cannot be unplugged from domain %2").arg(disk->target, domainName));
            }
            QThread::msleep(200);
        }
    }
    if (virDomainIsPersistent(dom.get()) == 1) {
        if (const auto disk = diskWithSerial(xmlOf(dom.get(), inactiveFlags), wanted)) {
            const QByteArray bytes = disk->xml.toUtf8();
            if (virDomainDetachDeviceFlags(dom.get(), bytes.constData(), VIR_DOMAIN_AFFECT_CONFIG) < 0)
                return VolumeStorage::hostError(tr("Disk %1 cannot be removed from the definition of domain %2")
                                     .arg(disk->target, domainName));
        }
    }
    return {};
}

Result<void> VolumeStorage::blockResize(virConnectPtr conn, const QString &domainName, const QString &device,
                                        qint64 bytes)
{
    Domain dom = lookupDomain(conn, domainName);
    if (!dom)
        return VolumeStorage::hostError(tr("Domain %1 is not on its host").arg(domainName));
    QString dev = device;
    if (dev.startsWith(QLatin1String("/dev/")))
        dev = dev.mid(5);
    const QByteArray d = dev.toUtf8();
    if (virDomainBlockResize(dom.get(), d.constData(), quint64(bytes), VIR_DOMAIN_BLOCK_RESIZE_BYTES) < 0)
        return VolumeStorage::hostError(
            tr("Disk %1 of domain %2 cannot be grown to %3 bytes").arg(dev, domainName).arg(bytes));
    return {};
}


} // namespace sd

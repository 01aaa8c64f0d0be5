#include "domaininterfaces.h"

#include "domainxml.h"

#include "hosts/storagepool.h"

#include <QElapsedTimer>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>

#include <memory>

namespace sd {

namespace {

struct DomainFree
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using Domain = std::unique_ptr<virDomain, DomainFree>;

Error hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable,
                     DomainInterfaces::tr("%1: %2").arg(what, StoragePool::lastError()));
}

// Rewrites the domain XML token by token. Each <interface> directly under <devices> is passed to keep()
// with its MAC (lower case) before it is written; insert goes in as the last device of <devices>.
template <typename Keep> Result<QString> rewrite(const QString &domainXml, const QString &insert, Keep keep)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    QXmlStreamReader r(domainXml);
    QStringList path;
    QString pending; // the <interface> being read, written out once its MAC is known
    std::unique_ptr<QXmlStreamWriter> capture;
    QString pendingMac;
    bool sawDevices = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument() || r.isDTD() || (r.isCharacters() && r.isWhitespace()))
            continue;
        if (r.isStartElement()) {
            path.append(r.name().toString());
            if (!capture && path.size() == 3 && path.at(1) == QLatin1String("devices") &&
                r.name() == QLatin1String("interface")) {
                pending.clear();
                pendingMac.clear();
                capture = std::make_unique<QXmlStreamWriter>(&pending);
            }
            if (capture && path.size() == 4 && r.name() == QLatin1String("mac"))
                pendingMac = r.attributes().value(QStringLiteral("address")).toString().toLower();
        }
        if (r.isEndElement() && path.size() == 2 && path.at(1) == QLatin1String("devices")) {
            sawDevices = true;
            if (!insert.isEmpty())
                DomainXml::copyFragment(w, insert);
        }
        (capture ? *capture : w).writeCurrentToken(r);
        if (r.isEndElement()) {
            if (capture && path.size() == 3) {
                capture.reset();
                if (keep(pendingMac))
                    DomainXml::copyFragment(w, pending);
            }
            path.removeLast();
        }
    }
    if (r.hasError())
        return makeError(ErrorCode::Internal,
                         DomainInterfaces::tr("The stored domain XML cannot be read (line %1: %2)")
                             .arg(r.lineNumber())
                             .arg(r.errorString()));
    if (!sawDevices)
        return makeError(ErrorCode::Internal, DomainInterfaces::tr("The stored domain XML has no <devices>"));
    return out.trimmed() + QLatin1Char('\n');
}

QString macOf(const QString &interfaceXml)
{
    QXmlStreamReader r(interfaceXml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("mac"))
            return r.attributes().value(QStringLiteral("address")).toString().toLower();
    return {};
}

QString xmlOf(virDomainPtr dom, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    return text;
}

// The test driver's stand-in for a hot-plug: the edited definition, and a running domain restarted on
// it (paused again when it was), so both its persistent and its live XML show the change.
template <typename Edit> Result<void> redefine(virConnectPtr conn, virDomainPtr dom, Edit edit)
{
    int state = VIR_DOMAIN_NOSTATE, reason = 0;
    virDomainGetState(dom, &state, &reason, 0);
    const Result<QString> xml = edit(xmlOf(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!xml)
        return xml.error();
    const QByteArray bytes = xml->toUtf8();
    Domain defined(virDomainDefineXML(conn, bytes.constData()));
    if (!defined)
        return hostError(DomainInterfaces::tr("The domain cannot be defined again"));
    if (state != VIR_DOMAIN_RUNNING && state != VIR_DOMAIN_PAUSED && state != VIR_DOMAIN_BLOCKED)
        return {};
    if (virDomainDestroy(defined.get()) < 0 || virDomainCreate(defined.get()) < 0)
        return hostError(DomainInterfaces::tr("The domain cannot be restarted on its new definition"));
    if (state == VIR_DOMAIN_PAUSED && virDomainSuspend(defined.get()) < 0)
        return hostError(DomainInterfaces::tr("The domain cannot be paused again"));
    return {};
}

Domain lookup(virConnectPtr conn, const QString &name)
{
    const QByteArray n = name.toUtf8();
    return Domain(virDomainLookupByName(conn, n.constData()));
}

} // namespace

Result<QString> DomainInterfaces::withInterface(const QString &domainXml, const QString &interfaceXml)
{
    const QString mac = macOf(interfaceXml);
    if (mac.isEmpty())
        return makeError(ErrorCode::Internal, tr("The interface XML has no MAC address"));
    if (hasInterface(domainXml, mac))
        return makeError(ErrorCode::Conflict,
                         tr("The domain has an interface with MAC address %1 already").arg(mac));
    return rewrite(domainXml, interfaceXml, [](const QString &) { return true; });
}

Result<QString> DomainInterfaces::withoutInterface(const QString &domainXml, const QString &mac)
{
    const QString wanted = mac.toLower();
    return rewrite(domainXml, QString(), [&](const QString &found) { return found != wanted; });
}

bool DomainInterfaces::hasInterface(const QString &domainXml, const QString &mac)
{
    bool found = false;
    const QString wanted = mac.toLower();
    static_cast<void>(rewrite(domainXml, QString(), [&](const QString &m) {
        found = found || m == wanted;
        return true;
    }));
    return found;
}

namespace {
// The domain of the change: edited and defined again on a simulated host, hot-plugged (real) elsewhere.
template <typename Edit, typename Real>
Result<void> onDomain(virConnectPtr conn, const DomainInterfaces::Change &change, Edit edit, Real real)
{
    Domain dom = lookup(conn, change.domainName);
    if (!dom)
        return makeError(ErrorCode::HostUnavailable,
                         DomainInterfaces::tr("Domain %1 is not on its host").arg(change.domainName));
    if (change.simulated)
        return redefine(conn, dom.get(), edit);
    return real(dom.get());
}
} // namespace

Result<void> DomainInterfaces::attach(virConnectPtr conn, const Change &change)
{
    const auto edit = [&](const QString &xml) { return withInterface(xml, change.interfaceXml); };
    return onDomain(conn, change, edit, [&](virDomainPtr dom) -> Result<void> {
        // Live and persistent while the domain runs (or is paused), so the interface survives a restart;
        // persistent only while it is off, which needs no hot-plug at all.
        unsigned int flags = VIR_DOMAIN_AFFECT_CONFIG;
        if (virDomainIsActive(dom) == 1)
            flags |= VIR_DOMAIN_AFFECT_LIVE;
        const QByteArray xml = change.interfaceXml.toUtf8();
        if (virDomainAttachDeviceFlags(dom, xml.constData(), flags) < 0)
            return hostError(tr("The interface cannot be plugged into domain %1").arg(change.domainName));
        return {};
    });
}

Result<void> DomainInterfaces::detach(virConnectPtr conn, const Change &change)
{
    const auto edit = [&](const QString &xml) { return withoutInterface(xml, change.macAddress); };
    return onDomain(conn, change, edit, [&](virDomainPtr dom) { return unplug(dom, change); });
}

Result<void> DomainInterfaces::unplug(virDomainPtr domain, const Change &change)
{
    const QByteArray xml = change.interfaceXml.toUtf8();
    // The live device first: the guest has to release it (ACPI), and until it has, the definition keeps
    // the interface too, so a refusal leaves the domain as it was. libvirt may return before the guest
    // answers (its docs on virDomainDetachDeviceFlags): the live XML tells when the device is gone.
    if (virDomainIsActive(domain) == 1 && hasInterface(xmlOf(domain, 0), change.macAddress)) {
        QElapsedTimer waited;
        waited.start();
        qint64 lastRequest = -kDetachRetryMs;
        while (hasInterface(xmlOf(domain, 0), change.macAddress)) {
            if (waited.elapsed() > kDetachTimeoutMs)
                return makeError(
                    ErrorCode::Conflict,
                    tr("The guest of domain %1 did not release the interface with MAC address %2 within "
                       "%3 s; its operating system must support PCI hot-unplug (ACPI). Try again, or "
                       "shut the instance off first")
                        .arg(change.domainName, change.macAddress)
                        .arg(kDetachTimeoutMs / 1000));
            if (waited.elapsed() - lastRequest >= kDetachRetryMs) {
                // Only the first request's refusal is the answer: QEMU refuses a repeated one while the
                // first is still pending ("already in the process of unplug"), as Nova's retries find.
                const bool first = lastRequest < 0;
                lastRequest = waited.elapsed();
                if (virDomainDetachDeviceFlags(domain, xml.constData(), VIR_DOMAIN_AFFECT_LIVE) < 0 &&
                    first && hasInterface(xmlOf(domain, 0), change.macAddress))
                    return hostError(
                        tr("The interface cannot be unplugged from domain %1").arg(change.domainName));
            }
            QThread::msleep(250);
        }
    }
    if (hasInterface(xmlOf(domain, VIR_DOMAIN_XML_INACTIVE), change.macAddress) &&
        virDomainDetachDeviceFlags(domain, xml.constData(), VIR_DOMAIN_AFFECT_CONFIG) < 0)
        return hostError(
            tr("The interface cannot be removed from the definition of domain %1").arg(change.domainName));
    return {};
}

} // namespace sd

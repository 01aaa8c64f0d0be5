#include "volumestorage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cerrno>
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

Error hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable,
                     VolumeStorage::tr("%1: %2").arg(what, StoragePool::lastError()));
}

// ---- pool options ------------------------------------------------------------------------------------

enum class OptionKind
{
    AbsolutePath,
    Host,
    Hosts,
    Iqn,
    Port,
    Name,
    Uuid,
    NetfsFormat,
    Text
};

struct OptionRule
{
    const char *key;
    bool required;
    OptionKind kind;
    const char *description;
};

QList<OptionRule> rulesFor(PoolType type)
{
    switch (type) {
    case PoolType::Dir:
        return {{"path", true, OptionKind::AbsolutePath,
                 QT_TRANSLATE_NOOP("sd::VolumeStorage",
                                   "folder on each host that holds the volumes (must exist)")}};
    case PoolType::Netfs:
        return {
            {"source_host", true, OptionKind::Host, QT_TRANSLATE_NOOP("sd::VolumeStorage", "NFS server")},
            {"source_path", true, OptionKind::AbsolutePath,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "exported folder on the server")},
            {"path", true, OptionKind::AbsolutePath,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "mount point on each host")},
            {"format", false, OptionKind::NetfsFormat,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "nfs (default), cifs or glusterfs")},
        };
    case PoolType::Logical:
        return {
            {"source_name", true, OptionKind::Name,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "LVM volume group")},
            {"source_device", false, OptionKind::AbsolutePath,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "physical volume of the group (/dev/sdb)")},
            {"path", false, OptionKind::AbsolutePath,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "device folder (default /dev/<volume group>)")},
        };
    case PoolType::Iscsi:
        return {
            {"source_host", true, OptionKind::Host, QT_TRANSLATE_NOOP("sd::VolumeStorage", "iSCSI portal")},
            {"iqn", true, OptionKind::Iqn,
             QT_TRANSLATE_NOOP("sd::VolumeStorage",
                               "target's qualified name (iqn.2004-01.org.example:disk1)")},
            {"port", false, OptionKind::Port,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "portal's port (default 3260)")},
            {"path", false, OptionKind::AbsolutePath,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "device folder (default /dev/disk/by-path)")},
        };
    case PoolType::Rbd:
        return {
            {"source_host", true, OptionKind::Hosts,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "Ceph monitors, comma separated (host or host:port)")},
            {"source_name", true, OptionKind::Name, QT_TRANSLATE_NOOP("sd::VolumeStorage", "Ceph pool")},
            {"auth_username", false, OptionKind::Name,
             QT_TRANSLATE_NOOP("sd::VolumeStorage", "cephx user (with secret_uuid)")},
            {"secret_uuid", false, OptionKind::Uuid,
             QT_TRANSLATE_NOOP("sd::VolumeStorage",
                               "libvirt secret holding the user's key (with auth_username)")},
        };
    }
    return {};
}

bool isHostName(const QString &text)
{
    if (!QHostAddress(text).isNull())
        return true;
    // RFC 1123 labels: letters, digits and inner dashes, 1 to 63 characters each, 253 in all.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &l : labels)
        if (!label.match(l).hasMatch())
            return false;
    return true;
}

std::optional<int> portOf(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// "mon1", "mon1:6789", "[fd00::1]:6789" -> host and port (0: libvirt's default).
std::optional<std::pair<QString, int>> hostAndPort(const QString &entry)
{
    QString host = entry.trimmed();
    int port = 0;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            const auto p = portOf(rest.mid(1));
            if (!p)
                return std::nullopt;
            port = *p;
        }
    } else if (host.count(QLatin1Char(':')) == 1) {
        const auto p = portOf(host.section(QLatin1Char(':'), 1));
        if (!p)
            return std::nullopt;
        port = *p;
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (!isHostName(host))
        return std::nullopt;
    return std::make_pair(host, port);
}

QStringList hostList(const QString &text)
{
    QStringList hosts;
    for (const QString &h : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hosts << h.trimmed();
    return hosts;
}

std::optional<QString> checkValue(const OptionRule &rule, const QString &value)
{
    const QString key = QLatin1String(rule.key);
    switch (rule.kind) {
    case OptionKind::AbsolutePath:
        if (!value.startsWith(QLatin1Char('/')))
            return VolumeStorage::tr("Pool option %1: %2 is not an absolute path").arg(key, value);
        if (value.contains(QStringLiteral("/../")) || value.endsWith(QStringLiteral("/..")))
            return VolumeStorage::tr("Pool option %1: %2 must not go up with ..").arg(key, value);
        return std::nullopt;
    case OptionKind::Host:
        if (!isHostName(value))
            return VolumeStorage::tr("Pool option %1: %2 is not a host name or address").arg(key, value);
        return std::nullopt;
    case OptionKind::Hosts: {
        const QStringList hosts = hostList(value);
        if (hosts.isEmpty())
            return VolumeStorage::tr("Pool option %1: %2 names no host").arg(key, value);
        for (const QString &h : hosts)
            if (!hostAndPort(h))
                return VolumeStorage::tr(
                           "Pool option %1: %2 is not a host name or address (host or host:port)")
                    .arg(key, h);
        return std::nullopt;
    }
    case OptionKind::Iqn: {
        // RFC 3720: iqn.yyyy-mm.reversed-domain[:anything], or the eui./naa. forms.
        static const QRegularExpression iqn(
            QStringLiteral("^(iqn\\.[0-9]{4}-[0-9]{2}\\.[a-z0-9][a-z0-9.-]*(:[^\\s]+)?|eui\\.[0-9A-Fa-f]{16}|"
                           "naa\\.[0-9A-Fa-f]{16}([0-9A-Fa-f]{16})?)$"));
        if (!iqn.match(value).hasMatch())
            return VolumeStorage::tr(
                       "Pool option %1: %2 is not an iSCSI qualified name (iqn.2004-01.org.example:disk1)")
                .arg(key, value);
        return std::nullopt;
    }
    case OptionKind::Port:
        if (!portOf(value))
            return VolumeStorage::tr("Pool option %1: %2 is not a port from 1 to 65535").arg(key, value);
        return std::nullopt;
    case OptionKind::Name: {
        // What LVM, Ceph and cephx all accept; no slashes, so a name cannot reach outside its place.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_+][A-Za-z0-9_+.-]*$"));
        if (!name.match(value).hasMatch())
            return VolumeStorage::tr("Pool option %1: %2 is not a valid name (letters, digits, _ + . -)")
                .arg(key, value);
        return std::nullopt;
    }
    case OptionKind::Uuid:
        if (QUuid::fromString(value).isNull())
            return VolumeStorage::tr("Pool option %1: %2 is not a UUID").arg(key, value);
        return std::nullopt;
    case OptionKind::NetfsFormat:
        if (value != QLatin1String("nfs") && value != QLatin1String("cifs") &&
            value != QLatin1String("glusterfs"))
            return VolumeStorage::tr("Pool option %1: %2 is not nfs, cifs or glusterfs").arg(key, value);
        return std::nullopt;
    case OptionKind::Text:
        return std::nullopt;
    }
    return std::nullopt;
}

QString option(const VolumeType &type, const char *key, const QString &fallback = {})
{
    const QString v = type.poolOptions.value(QLatin1String(key)).trimmed();
    return v.isEmpty() ? fallback : v;
}

// ---- pools and volumes ---------------------------------------------------------------------------------

QString volumeXml(PoolType poolType, const QString &name, qint64 bytes)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("volume"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("capacity"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(bytes));
    w.writeEndElement();
    // Sparse everywhere but LVM, where an allocation below the capacity makes libvirt create a
    // snapshot LV (lvcreate --virtualsize) instead of a plain one.
    w.writeStartElement(QStringLiteral("allocation"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(poolType == PoolType::Logical ? bytes : 0));
    w.writeEndElement();
    // Only file pools know volume formats; block devices and RBD images are raw by nature.
    if (poolType == PoolType::Dir || poolType == PoolType::Netfs) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), volumeFormatFor(poolType));
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

StoragePoolHandle lookupPool(virConnectPtr conn, const QString &name)
{
    const QByteArray n = name.toUtf8();
    return StoragePoolHandle(virStoragePoolLookupByName(conn, n.constData()));
}

// The pool, started when it is defined but stopped.
Result<StoragePoolHandle> activePool(virConnectPtr conn, const QString &name)
{
    StoragePoolHandle pool = lookupPool(conn, name);
    if (!pool)
        return makeError(ErrorCode::NotFound,
                         VolumeStorage::tr("Storage pool %1 is not on this host").arg(name));
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return hostError(VolumeStorage::tr("Storage pool %1 cannot be started").arg(name));
    return pool;
}

Result<StorageVolHandle> lookupVolume(virConnectPtr conn, const StorageRef &ref)
{
    auto pool = activePool(conn, ref.pool);
    if (!pool)
        return pool.error();
    const QByteArray n = ref.volume.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool->get(), n.constData()));
    if (!vol) {
        // Made by another client since libvirt last looked.
        virStoragePoolRefresh(pool->get(), 0);
        vol.reset(virStorageVolLookupByName(pool->get(), n.constData()));
    }
    if (!vol)
        return makeError(ErrorCode::NotFound,
                         VolumeStorage::tr("Volume %1 is not in storage pool %2").arg(ref.volume, ref.pool));
    return vol;
}

Result<StorageVolHandle> createVolume(virStoragePoolPtr pool, PoolType type, const QString &name,
                                      qint64 bytes)
{
    const QByteArray xml = volumeXml(type, name, bytes).toUtf8();
    StorageVolHandle vol(virStorageVolCreateXML(pool, xml.constData(), 0));
    if (!vol)
        return hostError(VolumeStorage::tr("Volume %1 cannot be created").arg(name));
    return vol;
}

// Whether the last libvirt error says a file or folder is missing (errno travels over remote connections).
bool lastErrorIsMissingPath()
{
    const virError *e = virGetLastError();
    if (!e)
        return false;
    if (e->code == VIR_ERR_SYSTEM_ERROR && e->int1 == ENOENT)
        return true;
    return e->message && QString::fromUtf8(e->message).contains(QLatin1String("No such file or directory"));
}

// ---- domain disks --------------------------------------------------------------------------------------

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

void copyFragment(QXmlStreamWriter &w, const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument() || r.isDTD() || (r.isCharacters() && r.isWhitespace()))
            continue;
        w.writeCurrentToken(r);
    }
}

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
                copyFragment(w, insert);
        }
        (capture ? *capture : w).writeCurrentToken(r);
        if (r.isEndElement()) {
            if (capture && path.size() == 3) {
                capture.reset();
                pending.serial = pending.serial.trimmed();
                if (keep(pending))
                    copyFragment(w, pending.xml);
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

// ---- pool options and XML ------------------------------------------------------------------------------

QList<VolumeStorage::PoolOption> VolumeStorage::poolOptions(PoolType type)
{
    QList<PoolOption> options;
    for (const OptionRule &rule : rulesFor(type))
        options.append({rule.key, rule.required, rule.description});
    return options;
}

Result<void> VolumeStorage::validatePoolOptions(PoolType type, const QMap<QString, QString> &options)
{
    const QList<OptionRule> rules = rulesFor(type);
    QStringList allowed;
    for (const OptionRule &rule : rules)
        allowed << QLatin1String(rule.key);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return makeError(ErrorCode::BadRequest,
                             tr("Pool option %1 is unknown for pool type %2; it takes: %3")
                                 .arg(it.key(), poolTypeName(type), allowed.join(QStringLiteral(", "))));
    for (const OptionRule &rule : rules) {
        const QString key = QLatin1String(rule.key);
        const QString value = options.value(key).trimmed();
        if (value.isEmpty()) {
            if (rule.required)
                return makeError(ErrorCode::BadRequest,
                                 tr("Pool option %1 is required for pool type %2 (%3)")
                                     .arg(key, poolTypeName(type), tr(rule.description)));
            if (options.contains(key))
                return makeError(ErrorCode::BadRequest, tr("Pool option %1 is empty").arg(key));
            continue;
        }
        if (const auto problem = checkValue(rule, value))
            return makeError(ErrorCode::BadRequest, *problem);
    }
    if (type == PoolType::Rbd && options.value(QStringLiteral("auth_username")).isEmpty() !=
                                     options.value(QStringLiteral("secret_uuid")).isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("Pool options auth_username and secret_uuid go together: %1 is missing")
                             .arg(options.value(QStringLiteral("auth_username")).isEmpty()
                                      ? QStringLiteral("auth_username")
                                      : QStringLiteral("secret_uuid")));
    return {};
}

QString VolumeStorage::poolXml(const VolumeType &type)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("pool"));
    w.writeAttribute(QStringLiteral("type"), poolTypeName(type.poolType));
    w.writeTextElement(QStringLiteral("name"), type.poolName());
    const auto targetPath = [&](const QString &path) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeTextElement(QStringLiteral("path"), path);
        w.writeEndElement();
    };
    switch (type.poolType) {
    case PoolType::Dir:
        targetPath(option(type, "path"));
        break;
    case PoolType::Netfs:
        w.writeStartElement(QStringLiteral("source"));
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("name"), option(type, "source_host"));
        w.writeEmptyElement(QStringLiteral("dir"));
        w.writeAttribute(QStringLiteral("path"), option(type, "source_path"));
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), option(type, "format", QStringLiteral("nfs")));
        w.writeEndElement();
        targetPath(option(type, "path"));
        break;
    case PoolType::Logical: {
        const QString vg = option(type, "source_name");
        w.writeStartElement(QStringLiteral("source"));
        if (const QString device = option(type, "source_device"); !device.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("device"));
            w.writeAttribute(QStringLiteral("path"), device);
        }
        w.writeTextElement(QStringLiteral("name"), vg);
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("lvm2"));
        w.writeEndElement();
        targetPath(option(type, "path", QStringLiteral("/dev/") + vg));
        break;
    }
    case PoolType::Iscsi:
        w.writeStartElement(QStringLiteral("source"));
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("name"), option(type, "source_host"));
        if (const QString port = option(type, "port"); !port.isEmpty())
            w.writeAttribute(QStringLiteral("port"), port);
        w.writeEmptyElement(QStringLiteral("device"));
        w.writeAttribute(QStringLiteral("path"), option(type, "iqn"));
        w.writeEndElement();
        targetPath(option(type, "path", QStringLiteral("/dev/disk/by-path")));
        break;
    case PoolType::Rbd: {
        w.writeStartElement(QStringLiteral("source"));
        w.writeTextElement(QStringLiteral("name"), option(type, "source_name"));
        for (const QString &entry : hostList(option(type, "source_host"))) {
            const auto hp = hostAndPort(entry);
            w.writeEmptyElement(QStringLiteral("host"));
            w.writeAttribute(QStringLiteral("name"), hp ? hp->first : entry);
            if (hp && hp->second > 0)
                w.writeAttribute(QStringLiteral("port"), QString::number(hp->second));
        }
        if (const QString user = option(type, "auth_username"); !user.isEmpty()) {
            w.writeStartElement(QStringLiteral("auth"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("ceph"));
            w.writeAttribute(QStringLiteral("username"), user);
            w.writeEmptyElement(QStringLiteral("secret"));
            w.writeAttribute(QStringLiteral("uuid"), option(type, "secret_uuid"));
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    }
    }
    w.writeEndElement();
    return xml.trimmed() + QLatin1Char('\n');
}

// ---- pools on a host -----------------------------------------------------------------------------------

Result<StoragePoolHandle> VolumeStorage::ensurePool(virConnectPtr conn, const VolumeType &type,
                                                    const QString &hostName, bool simulated)
{
    if (auto valid = validatePoolOptions(type.poolType, type.poolOptions); !valid)
        return makeError(valid.error().code, tr("Volume type %1: %2").arg(type.name, valid.error().message));
    const QString name = type.poolName();
    if (StoragePoolHandle existing = lookupPool(conn, name)) {
        if (virStoragePoolIsActive(existing.get()) == 1) {
            // Volumes made by others (another StackDesk, virsh) since libvirt last looked.
            if (virStoragePoolRefresh(existing.get(), 0) < 0)
                return hostError(tr("Volume type %1: pool %2 cannot be refreshed on host %3")
                                     .arg(type.name, name, hostName));
        } else if (virStoragePoolCreate(existing.get(), 0) < 0) {
            return hostError(
                tr("Volume type %1: pool %2 cannot be started on host %3").arg(type.name, name, hostName));
        }
        return existing;
    }

    const QByteArray xml = poolXml(type).toUtf8();
    // Not built: a dir pool's folder must be there already (a typo would otherwise make a new one).
    StoragePoolHandle pool(virStoragePoolDefineXML(conn, xml.constData(), 0));
    if (!pool)
        return hostError(
            tr("Volume type %1: pool %2 cannot be defined on host %3").arg(type.name, name, hostName));
    const QString path = option(type, "path");
    const auto undefine = [&] {
        // Best effort: the first failure (read before this) is the one to report.
        if (virStoragePoolIsActive(pool.get()) == 1)
            virStoragePoolDestroy(pool.get());
        virStoragePoolUndefine(pool.get());
    };
    if (virStoragePoolCreate(pool.get(), 0) < 0) {
        const bool missing = lastErrorIsMissingPath();
        const QString reason = StoragePool::lastError();
        undefine();
        if (type.poolType == PoolType::Dir && !simulated && missing)
            return makeError(
                ErrorCode::BadRequest,
                tr("Volume type %1: pool path %2 does not exist on host %3").arg(type.name, path, hostName));
        return makeError(ErrorCode::HostUnavailable,
                         tr("Volume type %1: pool %2 cannot be started on host %3: %4")
                             .arg(type.name, name, hostName, reason));
    }
    // iSCSI LUNs are made by the target's admin: libvirt cannot create volumes there, so nothing to probe.
    if (type.poolType != PoolType::Iscsi) {
        const QString probeName =
            QStringLiteral("stackdesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto probe = createVolume(pool.get(), type.poolType, probeName, 1 << 20);
        if (!probe) {
            const QString reason = StoragePool::lastError();
            undefine();
            const QString where = type.poolType == PoolType::Dir || type.poolType == PoolType::Netfs
                                      ? tr("pool path %1").arg(path)
                                      : tr("pool %1").arg(name);
            return makeError(ErrorCode::BadRequest, tr("Volume type %1: %2 is not writable on host %3: %4")
                                                        .arg(type.name, where, hostName, reason));
        }
        virStorageVolDelete(probe->get(), 0);
    }
    virStoragePoolSetAutostart(pool.get(), 1);
    return pool;
}

Result<void> VolumeStorage::removePool(virConnectPtr conn, const VolumeType &type)
{
    const QString name = type.poolName();
    StoragePoolHandle pool = lookupPool(conn, name);
    if (!pool)
        return {};
    if (virStoragePoolIsActive(pool.get()) == 1) {
        virStoragePoolRefresh(pool.get(), 0);
        const int volumes = virStoragePoolNumOfVolumes(pool.get());
        if (volumes > 0)
            return makeError(
                ErrorCode::Conflict,
                tr("Volume type %1: pool %2 still holds %n volume(s) on this host", nullptr, volumes)
                    .arg(type.name, name));
        if (virStoragePoolDestroy(pool.get()) < 0)
            return hostError(tr("Volume type %1: pool %2 cannot be stopped").arg(type.name, name));
    }
    if (virStoragePoolUndefine(pool.get()) < 0)
        return hostError(tr("Volume type %1: pool %2 cannot be undefined").arg(type.name, name));
    return {};
}

// ---- volumes -------------------------------------------------------------------------------------------

Result<StorageRef> VolumeStorage::createEmpty(virConnectPtr conn, const VolumeType &type,
                                              const QString &volumeName, qint64 bytes)
{
    auto pool = activePool(conn, type.poolName());
    if (!pool)
        return pool.error();
    auto vol = createVolume(pool->get(), type.poolType, volumeName, bytes);
    if (!vol)
        return vol.error();
    return StorageRef{type.poolName(), volumeName, volumeFormatFor(type.poolType)};
}

Result<StorageRef> VolumeStorage::createFrom(virConnectPtr conn, const VolumeType &type,
                                             const QString &volumeName, qint64 bytes,
                                             const StorageRef &source, bool simulated,
                                             const ByteProgress &progress)
{
    auto pool = activePool(conn, type.poolName());
    if (!pool)
        return pool.error();
    auto from = lookupVolume(conn, source);
    if (!from)
        return from.error();
    virStorageVolInfo info;
    if (virStorageVolGetInfo(from->get(), &info) < 0)
        return hostError(tr("Volume %1 cannot be read").arg(source.volume));
    // libvirt refuses a copy smaller than its source.
    const qint64 target = qMax(bytes, qint64(info.capacity));
    // libvirt reports no progress of the copy it runs: the start and the end are what there is.
    if (progress && !progress(0, target))
        return makeError(ErrorCode::Conflict, tr("The copy into volume %1 was cancelled").arg(volumeName));
    const QByteArray xml = volumeXml(type.poolType, volumeName, target).toUtf8();
    // libvirt 9.0's test driver clones only within one pool; its volumes hold no data, so a copy from
    // another pool (the image cache, a retype) is a new volume of the same size there.
    StorageVolHandle vol(simulated && source.pool != type.poolName()
                             ? virStorageVolCreateXML(pool->get(), xml.constData(), 0)
                             : virStorageVolCreateXMLFrom(pool->get(), xml.constData(), from->get(), 0));
    if (!vol)
        return hostError(tr("Volume %1 cannot be copied from %2").arg(volumeName, source.volume));
    // qemu-img convert keeps the source's virtual size whatever the new volume's XML asked for.
    virStorageVolInfo made;
    if (virStorageVolGetInfo(vol.get(), &made) < 0 ||
        (!simulated && qint64(made.capacity) < target &&
         virStorageVolResize(vol.get(), quint64(target), 0) < 0)) {
        const Error e = hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(volumeName).arg(target));
        virStorageVolDelete(vol.get(), 0);
        return e;
    }
    if (progress)
        progress(target, target);
    return StorageRef{type.poolName(), volumeName, volumeFormatFor(type.poolType)};
}

Result<void> VolumeStorage::resize(virConnectPtr conn, const StorageRef &ref, qint64 bytes, bool simulated)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    if (!simulated) {
        if (virStorageVolResize(vol->get(), quint64(bytes), 0) < 0)
            return hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(ref.volume).arg(bytes));
        return {};
    }
    // The test driver cannot resize, and its volumes hold no data: the same volume again, larger.
    auto pool = activePool(conn, ref.pool);
    if (!pool)
        return pool.error();
    const QByteArray name = ref.volume.toUtf8();
    char *oldXml = virStorageVolGetXMLDesc(vol->get(), 0);
    const bool qcow2 = oldXml && QString::fromUtf8(oldXml).contains(QLatin1String("qcow2"));
    free(oldXml);
    if (virStorageVolDelete(vol->get(), 0) < 0)
        return hostError(tr("Volume %1 cannot be grown to %2 bytes").arg(ref.volume).arg(bytes));
    const PoolType like = qcow2 || ref.format == QLatin1String("qcow2") ? PoolType::Dir : PoolType::Rbd;
    auto again = createVolume(pool->get(), like, ref.volume, bytes);
    if (!again)
        return again.error();
    return {};
}

Result<void> VolumeStorage::remove(virConnectPtr conn, const StorageRef &ref)
{
    StoragePoolHandle pool = lookupPool(conn, ref.pool);
    if (!pool)
        return {};
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return hostError(tr("Storage pool %1 cannot be started").arg(ref.pool));
    const QByteArray n = ref.volume.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool.get(), n.constData()));
    if (!vol)
        return {};
    if (virStorageVolDelete(vol.get(), 0) < 0)
        return hostError(tr("Volume %1 cannot be removed").arg(ref.volume));
    return {};
}

Result<qint64> VolumeStorage::download(virConnectPtr conn, const StorageRef &ref, const QString &file,
                                       bool simulated, const ByteProgress &progress)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    if (simulated) {
        QFile out(part);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Internal,
                             tr("%1 cannot be written: %2").arg(part, out.errorString()));
        out.close();
    } else {
        auto got = StoragePool::download(conn, vol->get(), part, progress);
        if (!got) {
            QFile::remove(part);
            return got.error();
        }
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return makeError(ErrorCode::Internal, tr("%1 cannot be renamed to %2").arg(part, file));
    }
    return QFileInfo(file).size();
}

Result<void> VolumeStorage::upload(virConnectPtr conn, const StorageRef &ref, const QString &file,
                                   bool simulated, const ByteProgress &progress)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    const QFileInfo info(file);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, tr("%1 is not a file").arg(file));
    if (simulated)
        return {};
    return StoragePool::upload(conn, vol->get(), file, info.size(), progress);
}

Result<qint64> VolumeStorage::capacity(virConnectPtr conn, const StorageRef &ref)
{
    auto vol = lookupVolume(conn, ref);
    if (!vol)
        return vol.error();
    virStorageVolInfo info;
    if (virStorageVolGetInfo(vol->get(), &info) < 0)
        return hostError(tr("Volume %1 cannot be read").arg(ref.volume));
    return qint64(info.capacity);
}

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
        return hostError(tr("Domain %1 is not on its host").arg(domainName));
    const bool live = !simulated && isActive(dom.get());
    const bool persistent = virDomainIsPersistent(dom.get()) == 1;
    // The live XML holds what a running guest has, the inactive one what it will have.
    const QString current = xmlOf(dom.get(), live ? 0 : VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (current.isEmpty())
        return hostError(tr("Domain %1 cannot be read").arg(domainName));
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
            return hostError(
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
        return hostError(tr("Volume %1 cannot be attached to domain %2").arg(ref.volume, domainName));
    return *device;
}

Result<void> VolumeStorage::detach(virConnectPtr conn, const QString &domainName, const QString &serial,
                                   bool simulated)
{
    Domain dom = lookupDomain(conn, domainName);
    if (!dom)
        return hostError(tr("Domain %1 is not on its host").arg(domainName));
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
            return hostError(tr("The disk with serial %1 cannot be removed from the definition of domain %2")
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
                    return hostError(
                        tr("Disk %1 cannot be unplugged from domain %2").arg(disk->target, domainName));
            }
            QThread::msleep(200);
        }
    }
    if (virDomainIsPersistent(dom.get()) == 1) {
        if (const auto disk = diskWithSerial(xmlOf(dom.get(), inactiveFlags), wanted)) {
            const QByteArray bytes = disk->xml.toUtf8();
            if (virDomainDetachDeviceFlags(dom.get(), bytes.constData(), VIR_DOMAIN_AFFECT_CONFIG) < 0)
                return hostError(tr("Disk %1 cannot be removed from the definition of domain %2")
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
        return hostError(tr("Domain %1 is not on its host").arg(domainName));
    QString dev = device;
    if (dev.startsWith(QLatin1String("/dev/")))
        dev = dev.mid(5);
    const QByteArray d = dev.toUtf8();
    if (virDomainBlockResize(dom.get(), d.constData(), quint64(bytes), VIR_DOMAIN_BLOCK_RESIZE_BYTES) < 0)
        return hostError(
            tr("Disk %1 of domain %2 cannot be grown to %3 bytes").arg(dev, domainName).arg(bytes));
    return {};
}

} // namespace sd

// VolumeStorage's pool definitions: the options each pool type takes, their validation with the user's words,
// and the pool XML written from them.

#include "volumestorage.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace sd {

namespace {

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

} // namespace

QString VolumeStorage::poolOption(const VolumeType &type, const char *key, const QString &fallback)
{
    const QString v = type.poolOptions.value(QLatin1String(key)).trimmed();
    return v.isEmpty() ? fallback : v;
}

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
        targetPath(VolumeStorage::poolOption(type, "path"));
        break;
    case PoolType::Netfs:
        w.writeStartElement(QStringLiteral("source"));
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("name"), VolumeStorage::poolOption(type, "source_host"));
        w.writeEmptyElement(QStringLiteral("dir"));
        w.writeAttribute(QStringLiteral("path"), VolumeStorage::poolOption(type, "source_path"));
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), VolumeStorage::poolOption(type, "format", QStringLiteral("nfs")));
        w.writeEndElement();
        targetPath(VolumeStorage::poolOption(type, "path"));
        break;
    case PoolType::Logical: {
        const QString vg = VolumeStorage::poolOption(type, "source_name");
        w.writeStartElement(QStringLiteral("source"));
        if (const QString device = VolumeStorage::poolOption(type, "source_device"); !device.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("device"));
            w.writeAttribute(QStringLiteral("path"), device);
        }
        w.writeTextElement(QStringLiteral("name"), vg);
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("lvm2"));
        w.writeEndElement();
        targetPath(VolumeStorage::poolOption(type, "path", QStringLiteral("/dev/") + vg));
        break;
    }
    case PoolType::Iscsi:
        w.writeStartElement(QStringLiteral("source"));
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("name"), VolumeStorage::poolOption(type, "source_host"));
        if (const QString port = VolumeStorage::poolOption(type, "port"); !port.isEmpty())
            w.writeAttribute(QStringLiteral("port"), port);
        w.writeEmptyElement(QStringLiteral("device"));
        w.writeAttribute(QStringLiteral("path"), VolumeStorage::poolOption(type, "iqn"));
        w.writeEndElement();
        targetPath(VolumeStorage::poolOption(type, "path", QStringLiteral("/dev/disk/by-path")));
        break;
    case PoolType::Rbd: {
        w.writeStartElement(QStringLiteral("source"));
        w.writeTextElement(QStringLiteral("name"), VolumeStorage::poolOption(type, "source_name"));
        for (const QString &entry : hostList(VolumeStorage::poolOption(type, "source_host"))) {
            const auto hp = hostAndPort(entry);
            w.writeEmptyElement(QStringLiteral("host"));
            w.writeAttribute(QStringLiteral("name"), hp ? hp->first : entry);
            if (hp && hp->second > 0)
                w.writeAttribute(QStringLiteral("port"), QString::number(hp->second));
        }
        if (const QString user = VolumeStorage::poolOption(type, "auth_username"); !user.isEmpty()) {
            w.writeStartElement(QStringLiteral("auth"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("ceph"));
            w.writeAttribute(QStringLiteral("username"), user);
            w.writeEmptyElement(QStringLiteral("secret"));
            w.writeAttribute(QStringLiteral("uuid"), VolumeStorage::poolOption(type, "secret_uuid"));
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    }
    }
    w.writeEndElement();
    return xml.trimmed() + QLatin1Char('\n');
}


} // namespace sd

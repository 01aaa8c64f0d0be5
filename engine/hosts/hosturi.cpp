#include "hosturi.h"

#include <QUrl>
#include <QUrlQuery>

namespace sd {

QString hostStateName(HostState state)
{
    switch (state) {
    case HostState::Connecting: return QStringLiteral("connecting");
    case HostState::Up: return QStringLiteral("up");
    case HostState::Down: return QStringLiteral("down");
    }
    return {};
}

QString hostKindName(HostKind kind)
{
    switch (kind) {
    case HostKind::Simulated: return QStringLiteral("simulated");
    case HostKind::Local: return QStringLiteral("local");
    case HostKind::Remote: return QStringLiteral("remote");
    }
    return {};
}

Result<HostUri> HostUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    const QString example = tr("expected e.g. qemu:///system, qemu+ssh://user@host/system or test:///default");
    if (text.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("URI: empty; %1").arg(example));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || !text.contains(QStringLiteral("://")))
        return makeError(ErrorCode::BadRequest, tr("URI '%1': not a libvirt URI; %2").arg(text, example));

    HostUri uri;
    uri.text = text;
    uri.scheme = url.scheme().toLower();
    uri.host = url.host();
    uri.path = url.path();
    uri.user = url.userName();
    uri.port = url.port();
    const QUrlQuery query(url);
    uri.keyFile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    uri.knownHosts = query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded);

    const QString driver = uri.scheme.section(QLatin1Char('+'), 0, 0);
    const QString transport = uri.scheme.section(QLatin1Char('+'), 1);
    uri.transport = transport;
    static const QStringList transports = {QString(), QStringLiteral("unix"), QStringLiteral("ssh"),
                                           QStringLiteral("libssh"), QStringLiteral("libssh2"),
                                           QStringLiteral("tls"), QStringLiteral("tcp")};
    if (!transports.contains(transport))
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': unknown transport '%2'; use ssh, tls, tcp or unix").arg(text, transport));

    if (driver == QLatin1String("test")) {
        if (!transport.isEmpty() || !uri.host.isEmpty())
            return makeError(ErrorCode::BadRequest,
                             tr("URI '%1': simulated hosts run in this process; write test:///default or "
                                "test:///path/to/node.xml")
                                 .arg(text));
        if (uri.path.isEmpty() || uri.path == QLatin1String("/"))
            return makeError(ErrorCode::BadRequest,
                             tr("URI '%1': name a node XML file or /default, e.g. test:///default").arg(text));
        uri.kind = HostKind::Simulated;
        return uri;
    }
    if (driver != QLatin1String("qemu"))
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': driver '%2' is not supported; StackDesk manages QEMU/KVM hosts (qemu://) "
                            "and simulated hosts (test://)")
                             .arg(text, driver));
    if (uri.path != QLatin1String("/system") && uri.path != QLatin1String("/session"))
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': path must be /system or /session, not '%2'").arg(text, uri.path));
    const bool remoteTransport = !transport.isEmpty() && transport != QLatin1String("unix");
    if (remoteTransport && uri.host.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': transport %2 needs a host name, e.g. %3://user@host/system")
                             .arg(text, transport, uri.scheme));
    if (!remoteTransport && !uri.host.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("URI '%1': a host name needs a transport, e.g. qemu+ssh://%2/system").arg(text, uri.host));
    uri.kind = remoteTransport ? HostKind::Remote : HostKind::Local;
    return uri;
}

bool HostUri::overSsh() const
{
    return transport == QLatin1String("ssh") || transport == QLatin1String("libssh") ||
           transport == QLatin1String("libssh2");
}

} // namespace sd

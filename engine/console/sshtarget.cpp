#include "sshtarget.h"

#include "hosts/hosturi.h"

namespace sd {

QString SshTarget::address() const
{
    QString text = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QString SshTarget::sessionKey() const
{
    return address() + QLatin1Char('\n') + keyFile + QLatin1Char('\n') + knownHosts;
}

Result<SshTarget> SshTarget::fromUri(const HostUri &uri, const QString &label)
{
    if (!uri.overSsh() || uri.host.isEmpty())
        return makeError(
            ErrorCode::BadRequest,
            tr("Host %1 is reached over %2, not SSH: its consoles cannot go through an SSH session")
                .arg(label, uri.text));
    SshTarget target;
    target.label = label;
    target.user = uri.user;
    target.host = uri.host;
    target.port = uri.port;
    target.keyFile = uri.keyFile;
    target.knownHosts = uri.knownHosts;
    return target;
}

} // namespace sd

#include "sshlogin.h"

#include <QDir>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace sd {

namespace {

QString sshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

// How `ssh` names the host in known_hosts: [host]:port unless the port is 22.
QString knownHostsName(const SshTarget &target)
{
    if (target.port > 0 && target.port != 22)
        return QStringLiteral("[%1]:%2").arg(target.host).arg(target.port);
    return target.host;
}

QString knownHostsFile(const SshTarget &target)
{
    return target.knownHosts.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : target.knownHosts;
}

// No passphrase is ever asked for: an encrypted key that the agent does not hold is skipped.
int refusePassphrase(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

struct ServerKey
{
    QString type;
    QString fingerprint; // "SHA256:..." as ssh-keygen -l prints it
};

Result<ServerKey> serverKey(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return makeError(ErrorCode::HostUnavailable, sshError(session));
    ServerKey found;
    found.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        found.fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return found;
}

} // namespace

Result<ssh_session> SshLogin::open(const SshTarget &target)
{
    ssh_session session = ssh_new();
    if (!session)
        return makeError(ErrorCode::Internal,
                         tr("Host %1: could not start an SSH session").arg(target.label));
    auto fail = [session](Error error) -> Result<ssh_session> {
        ssh_disconnect(session);
        ssh_free(session);
        return error;
    };

    const QByteArray host = target.host.toUtf8(), user = target.user.toUtf8(),
                     keyFile = QDir::fromNativeSeparators(target.keyFile).toLocal8Bit(),
                     knownHosts = target.knownHosts.toLocal8Bit();
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    if (target.port > 0) {
        const unsigned int port = unsigned(target.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    if (!user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    if (!keyFile.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_ADD_IDENTITY, keyFile.constData());
    if (!knownHosts.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    const long timeout = kConnectTimeoutSeconds;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout);
    const int no = 0;
    ssh_options_set(session, SSH_OPTIONS_PASSWORD_AUTH, &no);
    ssh_options_set(session, SSH_OPTIONS_KBDINT_AUTH, &no);
    ssh_options_set(session, SSH_OPTIONS_GSSAPI_AUTH, &no);

    // Static: libssh keeps the pointer for the session's life.
    static ssh_callbacks_struct callbacks = [] {
        ssh_callbacks_struct c{};
        c.auth_function = refusePassphrase;
        ssh_callbacks_init(&c);
        return c;
    }();
    ssh_set_callbacks(session, &callbacks);

    if (ssh_connect(session) != SSH_OK)
        return fail(makeError(ErrorCode::HostUnavailable,
                              tr("Host %1: cannot reach SSH on %2: %3")
                                  .arg(target.label, target.address(), sshError(session))));
    if (auto checked = checkHostKey(session, target); !checked)
        return fail(checked.error());
    if (auto authenticated = authenticate(session, target); !authenticated)
        return fail(authenticated.error());
    return session;
}

Result<void> SshLogin::checkHostKey(ssh_session session, const SshTarget &target)
{
    auto key = serverKey(session);
    if (!key)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Host %1: SSH on %2 sent no host key: %3")
                             .arg(target.label, target.address(), key.error().message));
    const QString name = knownHostsName(target), file = knownHostsFile(target);
    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return makeError(
            ErrorCode::Forbidden,
            tr("Host %1: the SSH host key of %2 does not match the one in %3 (it now sends %4 %5). "
               "Someone may be intercepting the connection, or the host was reinstalled: ask its "
               "administrator, and only if the new key is right, remove the old one "
               "(ssh-keygen -R '%2') and connect once with ssh to add the new one")
                .arg(target.label, name, file, key->type, key->fingerprint));
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        return makeError(
            ErrorCode::Forbidden,
            tr("Host %1: the SSH host key of %2 is not in %3 (it sends %4 %5). Check the fingerprint "
               "with the host's administrator, then add the key: connect once with ssh %6 and "
               "answer yes")
                .arg(target.label, name, file, key->type, key->fingerprint, target.address()));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return makeError(ErrorCode::Internal, tr("Host %1: cannot read %2 to check the SSH host key of %3: %4")
                                              .arg(target.label, file, name, sshError(session)));
}

Result<void> SshLogin::authenticate(ssh_session session, const SshTarget &target)
{
    const int rc = ssh_userauth_publickey_auto(session, nullptr, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return makeError(
            ErrorCode::HostUnavailable,
            tr("Host %1: SSH login on %2 failed: %3").arg(target.label, target.address(), sshError(session)));
    const QString keys =
        target.keyFile.isEmpty()
            ? tr("the SSH agent's keys and ~/.ssh/id_ed25519, id_ecdsa, id_rsa")
            : tr("the SSH agent's keys, ~/.ssh/id_ed25519, id_ecdsa, id_rsa and %1").arg(target.keyFile);
    return makeError(ErrorCode::Forbidden,
                     tr("Host %1: SSH on %2 accepted none of %3. Add your public key to the host's "
                        "authorized_keys (ssh-copy-id %2), or load the key into the agent (ssh-add); "
                        "consoles never ask for a password")
                         .arg(target.label, target.address(), keys));
}

} // namespace sd

#pragma once

#include "core/result.h"
#include "sshtarget.h"

#include <QCoreApplication>

typedef struct ssh_session_struct *ssh_session;

namespace sd {

// One SSH login, the way `ssh` itself would do it without asking anything: the host key must already be
// in known_hosts (an unknown or changed key is refused, with its SHA256 fingerprint and what to do), and
// only keys log in: the agent's, the default ones (~/.ssh/id_*) and the URI's keyfile. No password or
// passphrase prompt, ever: the console must not hang on a question nobody sees. Blocking: it runs on the
// tunnel's own thread.
class SshLogin
{
    Q_DECLARE_TR_FUNCTIONS(sd::SshLogin)

public:
    // A connected, authenticated session (the caller ssh_disconnect()s and ssh_free()s it), or why not.
    static Result<ssh_session> open(const SshTarget &target);

    static constexpr long kConnectTimeoutSeconds = 15;

private:
    static Result<void> checkHostKey(ssh_session session, const SshTarget &target);
    static Result<void> authenticate(ssh_session session, const SshTarget &target);
};

} // namespace sd

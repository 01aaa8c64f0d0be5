#pragma once

#include "core/result.h"
#include "sshtarget.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace sd {

class SshHostLink;

// Graphical consoles of qemu+ssh hosts: their VNC/SPICE servers listen on the host's loopback only, and
// each console socket is a direct-tcpip channel to 127.0.0.1:PORT through ONE SSH session per
// user@host:port, shared by every channel of every console on that host (one login, one key touch, not
// one per SPICE channel as with a tunnel per socket). The caller gets a socket it uses exactly like one
// from virDomainOpenGraphicsFD. Nothing listens anywhere: no local port, no remote port.
class SshTunnels
{
public:
    explicit SshTunnels(int idleGraceMs = kIdleGraceMs);
    ~SshTunnels(); // closes every session; consoles still open see their sockets close

    using FdCallback = std::function<void(Result<int>)>;
    // Thread-safe and never blocks: logs in on the first request for the target (on the target's own
    // thread), opens a channel to 127.0.0.1:port on the host, and calls `done` in the thread of
    // `context` with the socket (the caller's from then on) or why not, in the user's words. Nothing
    // runs when context is gone by then (the socket is closed).
    void open(const SshTarget &target, int port, QObject *context, FdCallback done);

    // For status lines and tests: logins made so far for the target, whether it is logged in now, and its
    // open channels.
    int logins(const SshTarget &target) const;
    bool loggedIn(const SshTarget &target) const;
    int channels(const SshTarget &target) const;

    // How long a session stays after its last channel closed: a console that reconnects (guest reboot)
    // needs no new login.
    static constexpr int kIdleGraceMs = 60000;

private:
    SshHostLink *find(const SshTarget &target) const;

    const int m_idleGraceMs;
    mutable std::mutex m_mutex;
    std::map<QString, std::unique_ptr<SshHostLink>> m_links; // by SshTarget::sessionKey()
};

} // namespace sd

#pragma once

#include "core/result.h"
#include "sshtarget.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef struct ssh_session_struct *ssh_session;
typedef struct ssh_event_struct *ssh_event;

namespace sd {

class SshForward;

// The SSH side of one host: one session, logged in once, carrying a direct-tcpip channel to
// 127.0.0.1:PORT on the host for every console socket. libssh sessions are not thread-safe, so the
// login, every channel and all their I/O live on this link's own thread; callers only queue requests.
// The session is opened on the first request, kept while channels use it, and closed `idleGraceMs`
// after the last one closed (a console reconnecting after a guest reboot finds it still there).
class SshHostLink
{
    Q_DECLARE_TR_FUNCTIONS(sd::SshHostLink)

public:
    SshHostLink(SshTarget target, int idleGraceMs);
    ~SshHostLink(); // closes every channel (their consoles see the end of file) and the session

    using Answer = std::function<void(Result<int>)>;
    // Thread-safe. `answer` runs on the link's thread with the caller's end of a socketpair joined to
    // 127.0.0.1:port on the host (owned by the answer), or why it could not be opened.
    void open(int port, Answer answer);

    // How many times this link logged in, and whether it is logged in now.
    int logins() const { return m_logins; }
    bool loggedIn() const { return m_loggedIn; }
    int channels() const { return m_channelCount; }

private:
    struct Request
    {
        int port;
        Answer answer;
    };

    void run();
    void serve(Request &request);
    Result<int> openForward(int port);
    Result<void> ensureSession();
    void closeSession();
    void wake();

    const SshTarget m_target;
    const std::chrono::milliseconds m_idleGrace;
    std::mutex m_mutex;
    std::deque<Request> m_requests;
    bool m_stopping = false;
    int m_wakeFd = -1;

    // The link thread's own.
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr; // reads the session's packets whenever its socket has some, idle or not
    std::vector<std::unique_ptr<SshForward>> m_forwards;
    std::chrono::steady_clock::time_point m_idleSince;

    std::atomic<int> m_logins{0};
    std::atomic<bool> m_loggedIn{false};
    std::atomic<int> m_channelCount{0};
    std::thread m_thread;
};

} // namespace sd

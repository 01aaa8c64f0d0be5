#include "sshhostlink.h"

#include "sshforward.h"
#include "sshlogin.h"

#include <libssh/libssh.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sd {

namespace {
// How often a link with channels looks at its session even when nothing moves (a dead session is
// noticed and its consoles told).
constexpr int kCheckIntervalMs = 1000;
} // namespace

SshHostLink::SshHostLink(SshTarget target, int idleGraceMs)
    : m_target(std::move(target)), m_idleGrace(idleGraceMs)
{
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_thread = std::thread([this] { run(); });
}

SshHostLink::~SshHostLink()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    wake();
    m_thread.join();
    ::close(m_wakeFd);
}

void SshHostLink::open(int port, Answer answer)
{
    {
        std::lock_guard lock(m_mutex);
        m_requests.push_back(Request{port, std::move(answer)});
    }
    wake();
}

void SshHostLink::wake()
{
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void SshHostLink::run()
{
    for (;;) {
        std::deque<Request> requests;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
            requests.swap(m_requests);
        }
        for (Request &request : requests)
            serve(request);

        std::vector<pollfd> fds(1 + m_forwards.size() + 1);
        fds[0] = {m_wakeFd, POLLIN, 0};
        bool ready = false;
        for (size_t i = 0; i < m_forwards.size(); ++i) {
            m_forwards[i]->prepare(fds[1 + i]);
            ready = ready || m_forwards[i]->hasReadyData();
        }
        fds.back() = {m_session ? ssh_get_fd(m_session) : -1, POLLIN, 0};
        int timeout = -1;
        if (ready)
            timeout = 0;
        else if (!m_forwards.empty())
            timeout = kCheckIntervalMs;
        else if (m_session) {
            const auto left = m_idleGrace - std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::steady_clock::now() - m_idleSince);
            timeout = int(std::max<qint64>(0, left.count()));
        }
        if (::poll(fds.data(), nfds_t(fds.size()), timeout) < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN) {
            uint64_t count;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        }

        // Window changes, channel closes, the server's goodbye: all reach libssh here, idle or not.
        if (m_session && fds.back().revents)
            ssh_event_dopoll(m_event, 0);
        const bool hadForwards = !m_forwards.empty();
        std::erase_if(m_forwards, [](const std::unique_ptr<SshForward> &f) { return !f->pump(); });
        if (m_session && ssh_is_connected(m_session) == 0) {
            // The host or the network went away: every console sees its socket close and reconnects.
            m_forwards.clear();
            closeSession();
        }
        m_channelCount = int(m_forwards.size());
        if (hadForwards && m_forwards.empty())
            m_idleSince = std::chrono::steady_clock::now();
        if (m_session && m_forwards.empty() && std::chrono::steady_clock::now() - m_idleSince >= m_idleGrace)
            closeSession();
    }
    m_forwards.clear();
    m_channelCount = 0;
    closeSession();
    // Requests that came while stopping still get an answer.
    std::lock_guard lock(m_mutex);
    for (Request &request : m_requests)
        request.answer(makeError(ErrorCode::Internal, tr("The engine is shutting down")));
    m_requests.clear();
}

void SshHostLink::serve(Request &request)
{
    auto opened = openForward(request.port);
    // A session that died while idle is noticed here: log in again, once.
    if (!opened && m_session && ssh_is_connected(m_session) == 0) {
        closeSession();
        opened = openForward(request.port);
    }
    m_channelCount = int(m_forwards.size());
    if (m_forwards.empty())
        m_idleSince = std::chrono::steady_clock::now();
    request.answer(std::move(opened));
}

Result<void> SshHostLink::ensureSession()
{
    if (m_session)
        return {};
    auto session = SshLogin::open(m_target);
    if (!session)
        return session.error();
    m_session = *session;
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    ++m_logins;
    m_loggedIn = true;
    m_idleSince = std::chrono::steady_clock::now();
    return {};
}

void SshHostLink::closeSession()
{
    if (!m_session)
        return;
    // What the server sent last (the replies to our channel closes) is read first, so the goodbye is a
    // clean one and not a connection reset.
    ssh_event_dopoll(m_event, 0);
    ssh_event_remove_session(m_event, m_session);
    ssh_event_free(m_event);
    m_event = nullptr;
    ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
    m_loggedIn = false;
}

Result<int> SshHostLink::openForward(int port)
{
    if (auto session = ensureSession(); !session)
        return session.error();
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return makeError(ErrorCode::Internal,
                         tr("Host %1: %2").arg(m_target.label, QString::fromUtf8(ssh_get_error(m_session))));
    // The originator is ours and says nothing; sshd only logs it.
    if (ssh_channel_open_forward(channel, "127.0.0.1", port, "127.0.0.1", 0) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(m_session));
        ssh_channel_free(channel);
        return makeError(
            ErrorCode::Conflict,
            tr("Host %1: SSH on %2 could not reach 127.0.0.1:%3 on the host (nothing listens there, "
               "or the SSH server forbids forwarding: AllowTcpForwarding): %4")
                .arg(m_target.label, m_target.address())
                .arg(port)
                .arg(why));
    }
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return makeError(ErrorCode::Internal,
                         tr("Host %1: no socket for the console: %2").arg(m_target.label, why));
    }
    ::fcntl(ends[1], F_SETFL, ::fcntl(ends[1], F_GETFL) | O_NONBLOCK);
    m_forwards.push_back(std::make_unique<SshForward>(channel, ends[1]));
    return ends[0];
}

} // namespace sd

#include "sshforward.h"

#include <libssh/libssh.h>

#include <algorithm>
#include <cerrno>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sd {

namespace {
constexpr int kChunk = 64 * 1024;
}

SshForward::SshForward(ssh_channel channel, int localFd) : m_channel(channel), m_local(localFd) {}

SshForward::~SshForward()
{
    ::close(m_local);
    if (ssh_channel_is_open(m_channel)) {
        ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
    }
    ssh_channel_free(m_channel);
}

void SshForward::prepare(pollfd &local) const
{
    local.fd = m_local;
    local.events = 0;
    if (ssh_channel_window_size(m_channel) > 0)
        local.events |= POLLIN;
    if (!m_toLocal.isEmpty())
        local.events |= POLLOUT;
}

bool SshForward::hasReadyData() const
{
    return m_toLocal.size() < kMaxPending && ssh_channel_poll(m_channel, 0) > 0;
}

bool SshForward::pump()
{
    return channelToLocal() && localToChannel();
}

bool SshForward::channelToLocal()
{
    char buffer[kChunk];
    while (m_toLocal.size() < kMaxPending) {
        const int room = int(std::min<qsizetype>(kChunk, kMaxPending - m_toLocal.size()));
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, uint32_t(room), 0);
        if (n == SSH_ERROR)
            return false;
        if (n <= 0)
            break;
        m_toLocal.append(buffer, n);
    }
    while (!m_toLocal.isEmpty()) {
        // send, not write: a console that closed its end must not kill the process with SIGPIPE.
        const ssize_t n = ::send(m_local, m_toLocal.constData(), size_t(m_toLocal.size()), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            return false; // the console closed its end
        }
        m_toLocal.remove(0, n);
    }
    // The server closed its side and the console has everything it sent.
    if (m_toLocal.isEmpty() && (ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel)))
        return false;
    return true;
}

bool SshForward::localToChannel()
{
    char buffer[kChunk];
    for (;;) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return true;
        const ssize_t n = ::read(m_local, buffer, std::min<size_t>(sizeof buffer, window));
        if (n == 0)
            return false; // the console closed its end
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK;
        }
        for (ssize_t sent = 0; sent < n;) {
            const int written = ssh_channel_write(m_channel, buffer + sent, uint32_t(n - sent));
            if (written == SSH_ERROR)
                return false;
            sent += written;
        }
    }
}

} // namespace sd

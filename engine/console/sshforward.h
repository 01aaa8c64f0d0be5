#pragma once

#include <QByteArray>

typedef struct ssh_channel_struct *ssh_channel;
struct pollfd;

namespace sd {

// One direct-tcpip channel joined to our end of a socketpair: bytes the console writes to its end go
// into the channel, bytes the channel brings go out to the console. Never blocks: the local end is
// non-blocking, at most the channel's window is read from it, and the channel is only read while the
// console keeps up (that holds the remote window shut: backpressure up to QEMU). An end of file or an
// error on either side closes both. Lives on its tunnel's thread, like its session.
class SshForward
{
public:
    SshForward(ssh_channel channel, int localFd);
    ~SshForward();
    SshForward(const SshForward &) = delete;
    SshForward &operator=(const SshForward &) = delete;

    // What poll() should wait for on the local end.
    void prepare(pollfd &local) const;
    // Moves what it can both ways; false once the forward is over (then it is destroyed).
    bool pump();
    // libssh already holds channel bytes that pump() can take now (poll() would not say so).
    bool hasReadyData() const;

    static constexpr qsizetype kMaxPending = 256 * 1024;

private:
    bool channelToLocal();
    bool localToChannel();

    ssh_channel m_channel;
    int m_local;
    QByteArray m_toLocal; // read from the channel, not yet taken by the console
};

} // namespace sd

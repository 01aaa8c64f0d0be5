#include "sshtunnel.h"

#include "sshhostlink.h"

#include <QPointer>

#include <unistd.h>

namespace sd {

namespace {

// A socket on its way to the caller's thread: closed if it never arrives (the context went away).
struct Handover
{
    int fd = -1;
    ~Handover()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int take() { return std::exchange(fd, -1); }
};

} // namespace

SshTunnels::SshTunnels(int idleGraceMs) : m_idleGraceMs(idleGraceMs) {}

SshTunnels::~SshTunnels() = default;

void SshTunnels::open(const SshTarget &target, int port, QObject *context, FdCallback done)
{
    SshHostLink *link = nullptr;
    {
        std::lock_guard lock(m_mutex);
        auto &slot = m_links[target.sessionKey()];
        if (!slot)
            slot = std::make_unique<SshHostLink>(target, m_idleGraceMs);
        link = slot.get();
    }
    QPointer<QObject> guard(context);
    link->open(port, [guard, done = std::move(done)](Result<int> opened) {
        auto handover = std::make_shared<Handover>();
        std::optional<Error> error;
        if (opened)
            handover->fd = *opened;
        else
            error = opened.error();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [done, handover, error] {
                if (error)
                    done(*error);
                else
                    done(handover->take());
            },
            Qt::QueuedConnection);
    });
}

SshHostLink *SshTunnels::find(const SshTarget &target) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_links.find(target.sessionKey());
    return it == m_links.end() ? nullptr : it->second.get();
}

int SshTunnels::logins(const SshTarget &target) const
{
    const SshHostLink *link = find(target);
    return link ? link->logins() : 0;
}

bool SshTunnels::loggedIn(const SshTarget &target) const
{
    const SshHostLink *link = find(target);
    return link && link->loggedIn();
}

int SshTunnels::channels(const SshTarget &target) const
{
    const SshHostLink *link = find(target);
    return link ? link->channels() : 0;
}

} // namespace sd

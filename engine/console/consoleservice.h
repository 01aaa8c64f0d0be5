#pragma once

#include "consoleendpoint.h"
#include "consoletype.h"
#include "core/requestcontext.h"

#include <QCoreApplication>
#include <QObject>

namespace sd {

class HostManager;
class InstanceService;
class Policy;

// Finds where an instance's consoles are and hands sessions the sockets and streams they need, always
// through the host's worker thread. It refuses, in the user's words, what cannot work: an instance that
// is not running, a simulated host ("simulated host: no display"), a host that is down, a domain without
// the device asked for.
class ConsoleService : public QObject
{
    Q_OBJECT

public:
    ConsoleService(InstanceService *instances, HostManager *hosts, const Policy *policy, QObject *parent = nullptr);

    using EndpointCallback = std::function<void(Result<ConsoleEndpoint>)>;
    // Checks visibility, policy (server:console) and state now, then reads the domain's devices on its
    // host; `done` runs in the thread of `context`.
    void endpoint(const RequestContext &ctx, const QString &nameOrId, QObject *context, EndpointCallback done);

    // The checks endpoint() makes before it asks the host, for a quick answer (the Console action's
    // tooltip, `console type`).
    Result<void> checkConsole(const RequestContext &ctx, const QString &nameOrId) const;

    // What a console of `type` (AUTO picks VNC, then SPICE, then serial, as Horizon's AUTO) opens on this
    // endpoint, or why none can.
    static Result<ConsoleType> choose(ConsoleType wanted, const ConsoleEndpoint &endpoint);

private:
    InstanceService *m_instances;
    HostManager *m_hosts;
    const Policy *m_policy;
};

} // namespace sd

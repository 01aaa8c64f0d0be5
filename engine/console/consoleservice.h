#pragma once

#include "consoleendpoint.h"
#include "consoletype.h"
#include "core/requestcontext.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class HostManager;
class InstanceService;
class Policy;
class SshTunnels;

// Finds where an instance's consoles are and hands sessions the sockets and streams they need, always
// through the host's worker thread. It refuses, in the user's words, what cannot work: an instance that
// is not running, a simulated host ("simulated host: no display"), a host that is down, a domain without
// the device asked for.
class ConsoleService : public QObject
{
    Q_OBJECT

public:
    ConsoleService(std::shared_ptr<Database> db, InstanceService *instances, HostManager *hosts, const Policy *policy,
                   QObject *parent = nullptr);
    ~ConsoleService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    // Horizon's CONSOLE_TYPE for this cloud (stored in the data dir, so the GUI and stackctl agree);
    // AUTO until an admin changes it.
    ConsoleType consoleType() const;
    Result<void> setConsoleType(const RequestContext &ctx, ConsoleType type);

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

    // The SSH sessions that carry graphical consoles of qemu+ssh hosts, one per host.
    SshTunnels &sshTunnels() { return *m_tunnels; }

private:
    std::shared_ptr<Database> m_db;
    ActionLog *m_log = nullptr;
    InstanceService *m_instances;
    HostManager *m_hosts;
    const Policy *m_policy;
    std::unique_ptr<SshTunnels> m_tunnels;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "hostinfo.h"
#include "simulatedstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace sd {

class Database;
class HostConnection;
class HostRepository;
class Policy;
class TaskRunner;

// The hosts of the cloud: what is stored about them, and one live HostConnection (with its own thread)
// for each. Lives on the main thread; reads are synchronous and never wait on a host; anything that
// touches a host runs as a task.
class HostManager : public QObject
{
    Q_OBJECT

public:
    HostManager(std::shared_ptr<Database> db, TaskRunner *tasks, const Policy *policy, QObject *parent = nullptr);
    ~HostManager() override;

    // Starts a connection for every stored host. Not done in the constructor so that a caller that only
    // reads the store (or a test) can skip it.
    void connectAll();
    // Closes every host's libvirt connection on its own thread, keeping the threads and connection objects:
    // what still calls a host (a task of the pool in HostCall) is then told "went down" instead of posting
    // to a deleted object. The Engine calls it, lets the tasks end, then disconnectAll().
    void closeAll();
    void disconnectAll();
    // Waits (spinning the event loop) until every host has answered its first connection attempt, or
    // the timeout passes. For the CLI, which prints one consistent table; the GUI never waits.
    bool waitUntilSettled(int timeoutMs);

    // Calls that name a host take its name, its id or its libvirt URI.
    Result<QList<HostInfo>> list(const RequestContext &ctx) const;
    Result<HostInfo> show(const RequestContext &ctx, const QString &nameOrId) const;

    // Validates the spec, then connects to the URI in a task: a host is only stored once libvirt answered.
    // Returns the task id.
    Result<QString> add(const RequestContext &ctx, const HostSpec &spec);
    // Refused while StackDesk's own domains are on the host. A host that is down cannot be checked; force
    // removes it anyway. Returns the task id.
    Result<QString> remove(const RequestContext &ctx, const QString &nameOrId, bool force = false);
    Result<HostInfo> enable(const RequestContext &ctx, const QString &nameOrId);
    Result<HostInfo> disable(const RequestContext &ctx, const QString &nameOrId, const QString &reason);
    Result<HostInfo> update(const RequestContext &ctx, const QString &nameOrId, const HostUpdate &change);

    // Services that keep objects on hosts tell the manager what a simulated host must get back each time
    // it connects (DESIGN.md §3).
    using SimulatedStateProvider = std::function<SimulatedState(const HostRecord &)>;
    void addSimulatedStateProvider(SimulatedStateProvider provider);

    // The live connection of a host, for services that post work to its thread.
    HostConnection *connectionOf(const QString &hostId) const;

    static Result<void> validateName(const QString &name);
    static Result<void> validateAvailabilityZone(const QString &zone);
    static Result<void> validateRatio(const QString &field, double value);
    static Result<void> validateReserved(const QString &field, qint64 value);

Q_SIGNALS:
    void hostChanged(const QString &hostId);
    void hostRemoved(const QString &hostId);
    // A simulated host could not get all of its stored state back; the GUI shows it as a notification.
    void hostWarning(const QString &hostId, const QString &message);
    // libvirt said a StackDesk domain changed state on the host (HostConnection::domainLifecycle).
    void domainLifecycle(const QString &hostId, const QString &domainName);

private:
    struct Runtime
    {
        QThread *thread = nullptr;
        HostConnection *connection = nullptr;
        HostState state = HostState::Connecting;
        QString lastError;
        QDateTime since;
        HostFacts facts;
        bool factsLive = false;
        bool settled = false;
    };

    Result<HostRecord> find(const QString &nameOrId) const;
    HostInfo infoOf(const HostRecord &record) const;
    void startConnection(const HostRecord &record);
    void stopConnection(const QString &hostId);
    void onStateChanged(const QString &hostId, HostState state, const QString &error);
    void onFactsChanged(const QString &hostId, const HostFacts &facts);
    void onConnected(const QString &hostId);
    Result<HostInfo> save(const RequestContext &ctx, HostRecord record, const QString &action);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<HostRepository> m_repo;
    TaskRunner *m_tasks;
    const Policy *m_policy;
    QHash<QString, Runtime> m_runtime;
    QList<SimulatedStateProvider> m_providers;
};

} // namespace sd

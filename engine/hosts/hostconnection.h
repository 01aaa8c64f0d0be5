#pragma once

#include "hostfacts.h"
#include "hostinfo.h"
#include "simulatedstate.h"

#include <QObject>
#include <QTimer>

#include <functional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace sd {

// One libvirt connection, owned by one worker thread (the object lives in that thread). Every call for
// this host runs here, so a slow or dead host never blocks the GUI or the other hosts. It keeps the
// connection alive, notices when it drops, and reconnects by itself with backoff.
class HostConnection : public QObject
{
    Q_OBJECT

public:
    HostConnection(QString hostName, QString uri, HostKind kind);
    ~HostConnection() override;

    // Runs fn on this host's thread with the live connection, or nullptr while the host is down.
    void post(std::function<void(virConnectPtr)> fn);

    // Only valid on this object's thread.
    virConnectPtr connection() const { return m_conn; }

    // How often liveness is checked and facts are re-read. Tests shorten them.
    static constexpr int kLivenessIntervalMs = 2000;
    static constexpr int kFactsIntervalMs = 15000;
    static constexpr int kMaxBackoffMs = 8000;

public Q_SLOTS:
    void start();
    void stop();
    void refreshFacts();
    void applySimulatedState(const sd::SimulatedState &state);

Q_SIGNALS:
    void stateChanged(sd::HostState state, const QString &error);
    void factsChanged(const sd::HostFacts &facts);
    // Emitted after each successful (re)connect, before the first facts: the manager answers with the
    // simulated state to re-apply.
    void connected();
    void simulatedStateProblems(const QStringList &problems);
    // A StackDesk domain (sd-*) started, stopped, paused, resumed or crashed on the host, as libvirt's
    // lifecycle event said; the receiver reads the domain's state itself (events may arrive late).
    void domainLifecycle(const QString &domainName);

private:
    void tryConnect();
    void checkAlive();
    void dropConnection(const QString &why);
    void scheduleReconnect();
    static void onClosed(virConnectPtr conn, int reason, void *opaque);
    static int onLifecycle(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque);
    void unregisterCallbacks();

    QString m_hostName;
    QString m_uri;
    HostKind m_kind;
    virConnectPtr m_conn = nullptr;
    int m_lifecycleCallback = -1;
    HostFacts m_staticFacts; // read once per connection
    QTimer *m_livenessTimer = nullptr;
    QTimer *m_factsTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    int m_backoffMs = 1000;
    bool m_stopped = false;
};

} // namespace sd

#include "hostconnection.h"

#include "core/logging.h"
#include "hostprobe.h"
#include "storagepool.h"
#include "libvirteventloop.h"
#include "natprobe.h"

#include <QPointer>

#include <libvirt/libvirt.h>

namespace sd {

namespace {

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR: return QObject::tr("connection error");
    case VIR_CONNECT_CLOSE_REASON_EOF: return QObject::tr("the libvirt daemon closed the connection");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: return QObject::tr("the host stopped answering keepalives");
    case VIR_CONNECT_CLOSE_REASON_CLIENT: return QObject::tr("closed by StackDesk");
    default: return QObject::tr("connection closed");
    }
}

} // namespace

HostConnection::HostConnection(QString hostName, QString uri, HostKind kind)
    : m_hostName(std::move(hostName)), m_uri(std::move(uri)), m_kind(kind)
{
}

HostConnection::~HostConnection()
{
    stop();
}

void HostConnection::post(std::function<void(virConnectPtr)> fn)
{
    QMetaObject::invokeMethod(this, [this, fn = std::move(fn)] { fn(m_conn); }, Qt::QueuedConnection);
}

void HostConnection::start()
{
    LibvirtEventLoop::ensureStarted();
    m_livenessTimer = new QTimer(this);
    m_livenessTimer->setInterval(kLivenessIntervalMs);
    connect(m_livenessTimer, &QTimer::timeout, this, &HostConnection::checkAlive);
    m_factsTimer = new QTimer(this);
    m_factsTimer->setInterval(kFactsIntervalMs);
    connect(m_factsTimer, &QTimer::timeout, this, &HostConnection::refreshFacts);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &HostConnection::tryConnect);
    tryConnect();
}

void HostConnection::stop()
{
    m_stopped = true;
    if (m_livenessTimer) {
        m_livenessTimer->stop();
        m_factsTimer->stop();
        m_reconnectTimer->stop();
    }
    if (m_conn) {
        unregisterCallbacks();
        virConnectUnregisterCloseCallback(m_conn, &HostConnection::onClosed);
        virConnectClose(m_conn);
        m_conn = nullptr;
    }
}

void HostConnection::tryConnect()
{
    if (m_stopped || m_conn)
        return;
    emit stateChanged(HostState::Connecting, QString());
    virConnectPtr conn = virConnectOpenAuth(m_uri.toUtf8().constData(), virConnectAuthPtrDefault, 0);
    if (!conn) {
        const QString why = lastLibvirtError();
        qCInfo(lcHosts) << m_hostName << "cannot connect:" << why;
        emit stateChanged(HostState::Down, tr("Cannot connect to %1: %2").arg(m_uri, why));
        scheduleReconnect();
        return;
    }
    m_conn = conn;
    m_backoffMs = 1000;
    // Keepalive every 2 s; after 2 unanswered probes libvirt closes the connection, so a hung host is
    // down within about 6 s (the promise is 10 s). In-process drivers (test:///) have no keepalive.
    virConnectSetKeepAlive(m_conn, 2, 2);
    // The callback runs on the libvirt event loop thread; hop back to ours before touching anything.
    virConnectRegisterCloseCallback(m_conn, &HostConnection::onClosed, this, nullptr);
    m_lifecycleCallback = virConnectDomainEventRegisterAny(
        m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(&HostConnection::onLifecycle), this,
        nullptr);
    // A host's disk for instances is its instances pool: make sure it exists before the facts count its
    // capacity (Nova reports the disk of its instances_path the same way). Simulated hosts too, so the
    // scheduler's disk arithmetic meets the test driver's own pool accounting.
    if (auto pool = StoragePool::running(m_conn, QLatin1String(StoragePool::kInstancesPool),
                                         QLatin1String(StoragePool::kInstancesPath));
        !pool)
        qCWarning(lcHosts) << m_hostName << pool.error().message;
    m_staticFacts = HostProbe::collectStatic(m_conn, m_kind);
    m_staticFacts.natProblem = NatProbe::problem(m_kind, m_uri);
    m_staticFacts.capabilities.floatingIpNat = m_staticFacts.natProblem.isEmpty();
    emit connected();
    emit stateChanged(HostState::Up, QString());
    refreshFacts();
    m_livenessTimer->start();
    m_factsTimer->start();
}

void HostConnection::unregisterCallbacks()
{
    if (m_lifecycleCallback >= 0)
        virConnectDomainEventDeregisterAny(m_conn, m_lifecycleCallback);
    m_lifecycleCallback = -1;
}

int HostConnection::onLifecycle(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    // Runs on libvirt's event loop thread: hand the name over to this object's thread.
    const char *name = virDomainGetName(dom);
    if (!name || qstrncmp(name, "sd-", 3) != 0)
        return 0; // foreign domains are never touched, nor watched
    QPointer<HostConnection> self = static_cast<HostConnection *>(opaque);
    const QString domainName = QString::fromUtf8(name);
    QMetaObject::invokeMethod(
        self, [self, domainName] { if (self) emit self->domainLifecycle(domainName); }, Qt::QueuedConnection);
    return 0;
}

void HostConnection::onClosed(virConnectPtr, int reason, void *opaque)
{
    QPointer<HostConnection> self = static_cast<HostConnection *>(opaque);
    const QString why = closeReasonText(reason);
    QMetaObject::invokeMethod(
        self, [self, why] {
            if (self)
                self->dropConnection(why);
        },
        Qt::QueuedConnection);
}

void HostConnection::checkAlive()
{
    if (!m_conn)
        return;
    if (virConnectIsAlive(m_conn) != 1)
        dropConnection(tr("connection lost"));
}

void HostConnection::dropConnection(const QString &why)
{
    if (!m_conn)
        return;
    m_livenessTimer->stop();
    m_factsTimer->stop();
    unregisterCallbacks();
    virConnectUnregisterCloseCallback(m_conn, &HostConnection::onClosed);
    virConnectClose(m_conn);
    m_conn = nullptr;
    emit stateChanged(HostState::Down, tr("Lost the connection to %1: %2").arg(m_uri, why));
    scheduleReconnect();
}

void HostConnection::scheduleReconnect()
{
    if (m_stopped)
        return;
    m_reconnectTimer->start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void HostConnection::refreshFacts()
{
    if (!m_conn)
        return;
    if (virConnectIsAlive(m_conn) != 1) {
        dropConnection(tr("connection lost"));
        return;
    }
    HostFacts facts = m_staticFacts;
    HostProbe::collectDynamic(m_conn, facts);
    emit factsChanged(facts);
}

void HostConnection::applySimulatedState(const SimulatedState &state)
{
    if (!m_conn || state.isEmpty())
        return;
    const QStringList problems = state.applyTo(m_conn);
    if (!problems.isEmpty())
        emit simulatedStateProblems(problems);
    refreshFacts();
}

} // namespace sd

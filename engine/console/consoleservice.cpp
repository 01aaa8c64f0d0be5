#include "consoleservice.h"

#include "graphicslisten.h"
#include "sshtunnel.h"

#include "compute/instance/hostcall.h"
#include "compute/instance/instanceservice.h"
#include "hosts/hostmanager.h"
#include "hosts/hosturi.h"
#include "identity/policy.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QPointer>
#include <QThread>
#include <QSqlQuery>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <unistd.h>

namespace sd {

namespace {

QString libvirtMessage()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QString();
}

// The parts of the live domain XML a console needs: graphics devices in libvirt's order (their index is
// what virDomainOpenGraphicsFD takes), their password, and whether there is a serial console.
struct DomainConsoles
{
    QStringList graphics;
    QString password;
    bool serial = false;
};

DomainConsoles readConsoles(const QString &xml)
{
    DomainConsoles found;
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inDevices = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = true;
            else if (inDevices && depth == 3 && r.name() == QLatin1String("graphics")) {
                found.graphics << r.attributes().value(QStringLiteral("type")).toString();
                const QString passwd = r.attributes().value(QStringLiteral("passwd")).toString();
                if (!passwd.isEmpty())
                    found.password = passwd;
            } else if (inDevices && depth == 3 && r.name() == QLatin1String("console"))
                found.serial = true;
        } else if (r.isEndElement()) {
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = false;
            --depth;
        }
    }
    return found;
}

struct DomainHandle
{
    virDomainPtr dom = nullptr;
    ~DomainHandle()
    {
        if (dom)
            virDomainFree(dom);
    }
};

// What the host's worker finds: the domain must exist and run there.
Result<virDomainPtr> runningDomain(virConnectPtr conn, const QString &domainName, const QString &instanceName,
                                   const QString &hostName)
{
    virDomainPtr dom = virDomainLookupByName(conn, domainName.toUtf8().constData());
    if (!dom)
        return makeError(ErrorCode::NotFound,
                         ConsoleService::tr("Instance %1 has no domain on host %2").arg(instanceName, hostName),
                         libvirtMessage());
    if (virDomainIsActive(dom) != 1) {
        virDomainFree(dom);
        return makeError(ErrorCode::Conflict,
                         ConsoleService::tr("Instance %1 is not running on host %2").arg(instanceName, hostName));
    }
    return dom;
}

// HostCall::async drops an answer whose context is gone, and a socket or a stream in it would leak. So the
// answer goes to the ConsoleService (it lives as long as the engine) and is handed on to the asker, or
// released when the asker went away meanwhile (a console window closed while its socket was on its way).
template <typename T>
std::function<void(Result<T>)> handOn(QObject *context, std::function<void(Result<T>)> done,
                                      std::function<void(T)> release)
{
    QPointer<QObject> asker(context);
    return [asker, done = std::move(done), release = std::move(release)](Result<T> answer) {
        if (!asker) {
            if (answer)
                release(*answer);
            return;
        }
        if (asker->thread() == QThread::currentThread()) {
            done(std::move(answer));
            return;
        }
        auto shared = std::make_shared<Result<T>>(std::move(answer));
        QMetaObject::invokeMethod(asker.data(), [done, shared] { done(std::move(*shared)); }, Qt::QueuedConnection);
    };
}

// Where the checks found the instance: enough to reach its host again.
struct Located
{
    Instance instance;
    HostInfo host;
    HostConnection *connection = nullptr;
};

// A graphics socket of a qemu+ssh host: the host's worker reads where the device listens (a port on the
// host's loopback), then the host's SSH session opens a channel there. Neither step runs on the caller's
// thread; `done` runs in the thread of `context`.
void openThroughSsh(QPointer<ConsoleService> self, HostConnection *connection, const SshTarget &target,
                    const QString &domainName, const QString &name, int index, QObject *context,
                    ConsoleEndpoint::FdCallback done)
{
    const QString hostName = target.label;
    HostCall::async<int>(
        connection, hostName, context,
        [domainName, name, hostName, index](virConnectPtr conn) -> Result<int> {
            auto dom = runningDomain(conn, domainName, name, hostName);
            if (!dom)
                return dom.error();
            DomainHandle handle{*dom};
            char *xml = virDomainGetXMLDesc(handle.dom, 0);
            if (!xml)
                return makeError(ErrorCode::Internal,
                                 ConsoleService::tr("Host %1: %2").arg(hostName, libvirtMessage()));
            const QString text = QString::fromUtf8(xml);
            free(xml);
            return GraphicsListen::loopbackPort(text, index, name);
        },
        [self, target, context, done = std::move(done)](Result<int> port) {
            if (!port)
                return done(port.error());
            if (!self)
                return done(
                    makeError(ErrorCode::Internal, ConsoleService::tr("The engine is shutting down")));
            self->sshTunnels().open(target, *port, context, done);
        });
}

} // namespace

constexpr const char *kConsoleTypeKey = "console.type";

ConsoleService::ConsoleService(std::shared_ptr<Database> db, InstanceService *instances, HostManager *hosts,
                               const Policy *policy, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_instances(instances), m_hosts(hosts), m_policy(policy),
      m_tunnels(std::make_unique<SshTunnels>())
{
}

ConsoleService::~ConsoleService() = default;

ConsoleType ConsoleService::consoleType() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kConsoleTypeKey));
    if (q.exec() && q.next())
        if (auto type = ConsoleTypes::parse(q.value(0).toString()))
            return *type;
    return ConsoleType::Auto;
}

Result<void> ConsoleService::setConsoleType(const RequestContext &ctx, ConsoleType type)
{
    return audited(m_log, ctx, QStringLiteral("settings.update"), QStringLiteral("setting"),
                   QLatin1String(kConsoleTypeKey), [&]() -> Result<void> {
                       if (auto p = m_policy->check(ctx, QStringLiteral("settings:update")); !p)
                           return p;
                       QSqlDatabase db = m_db->connection();
                       return execSql(db,
                                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                      {QLatin1String(kConsoleTypeKey), ConsoleTypes::name(type)});
                   });
}

static Result<Located> locate(InstanceService *instances, HostManager *hosts, const Policy *policy,
                              const RequestContext &ctx, const QString &nameOrId)
{
    auto instance = instances->show(ctx, nameOrId);
    if (!instance)
        return instance.error();
    if (auto allowed = policy->check(ctx, QStringLiteral("server:console"), instance->projectId); !allowed)
        return allowed.error();
    switch (instance->vmState) {
    case VmState::Active:
    case VmState::Paused:
    case VmState::Rescued:
    case VmState::Resized:
        break;
    default:
        return makeError(ErrorCode::Conflict,
                         ConsoleService::tr("Instance %1 is %2: its console opens while it runs")
                             .arg(instance->name, instance->status()));
    }
    if (instance->hostId.isEmpty())
        return makeError(ErrorCode::Conflict,
                         ConsoleService::tr("Instance %1 is not on a host; it has no console").arg(instance->name));
    auto host = hosts->show(RequestContext::system(), instance->hostId);
    if (!host)
        return host.error();
    if (host->kind == HostKind::Simulated)
        return makeError(ErrorCode::Conflict,
                         ConsoleService::tr("Instance %1 runs on simulated host %2: no display (a simulated "
                                            "host has no graphics or serial console)")
                             .arg(instance->name, host->record.name));
    if (host->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable,
                         ConsoleService::tr("Host %1 is %2: the console of %3 cannot be reached")
                             .arg(host->record.name, hostStateName(host->state), instance->name));
    return Located{*instance, *host, hosts->connectionOf(instance->hostId)};
}

Result<void> ConsoleService::checkConsole(const RequestContext &ctx, const QString &nameOrId) const
{
    auto located = locate(m_instances, m_hosts, m_policy, ctx, nameOrId);
    if (!located)
        return located.error();
    return {};
}

void ConsoleService::endpoint(const RequestContext &ctx, const QString &nameOrId, QObject *context,
                              EndpointCallback done)
{
    auto located = locate(m_instances, m_hosts, m_policy, ctx, nameOrId);
    if (!located) {
        QMetaObject::invokeMethod(context, [done, error = located.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    const Instance instance = located->instance;
    const HostInfo host = located->host;
    QPointer<ConsoleService> self(this);

    ConsoleEndpoint base;
    base.instanceId = instance.id;
    base.instanceName = instance.name;
    base.hostName = host.record.name;
    base.domainName = instance.domainName();

    // Each new socket looks the instance up again: after a migration it lives on another host.
    base.openGraphicsFd = [self, ctx, id = instance.id](int index, QObject *fdContext, ConsoleEndpoint::FdCallback fdDone) {
        auto fail = [fdContext, fdDone](const Error &error) {
            QMetaObject::invokeMethod(fdContext, [fdDone, error] { fdDone(error); }, Qt::QueuedConnection);
        };
        if (!self)
            return fail(makeError(ErrorCode::Internal, tr("The engine is shutting down")));
        auto where = locate(self->m_instances, self->m_hosts, self->m_policy, ctx, id);
        if (!where)
            return fail(where.error());
        const HostCapabilities caps = where->host.facts.capabilities;
        const QString domainName = where->instance.domainName(), name = where->instance.name,
                      hostName = where->host.record.name;
        if (!caps.fdPassing) {
            auto uri = HostUri::parse(where->host.record.uri);
            if (uri && uri->kind == HostKind::Remote && uri->overSsh()) {
                auto target = SshTarget::fromUri(*uri, hostName);
                if (!target)
                    return fail(target.error());
                return openThroughSsh(self, where->connection, *target, domainName, name, index, fdContext,
                                      std::move(fdDone));
            }
            if (uri && uri->kind == HostKind::Remote)
                return fail(makeError(ErrorCode::Conflict,
                                      tr("Host %1 is reached over %2: graphical consoles of remote hosts go "
                                         "through SSH, so add the host with a qemu+ssh:// URI, or use the "
                                         "serial console")
                                          .arg(hostName, where->host.record.uri)));
            return fail(makeError(ErrorCode::Conflict,
                                  tr("Host %1 is reached over %2: a graphical console needs a local libvirt "
                                     "connection that can pass its socket (virDomainOpenGraphicsFD). Use the "
                                     "serial console, or run StackDesk on the host")
                                      .arg(hostName, where->host.record.uri)));
        }
        HostCall::async<int>(
            where->connection, hostName, self.data(),
            [domainName, name, hostName, index](virConnectPtr conn) -> Result<int> {
                auto dom = runningDomain(conn, domainName, name, hostName);
                if (!dom)
                    return dom.error();
                DomainHandle handle{*dom};
                const int fd = virDomainOpenGraphicsFD(handle.dom, unsigned(index), 0);
                if (fd < 0)
                    return makeError(ErrorCode::Conflict,
                                     tr("Host %1 could not open graphics device %2 of instance %3: %4")
                                         .arg(hostName)
                                         .arg(index)
                                         .arg(name, libvirtMessage()));
                return fd;
            },
            handOn<int>(fdContext, std::move(fdDone), [](int fd) { ::close(fd); }));
    };

    base.openSerial = [self, ctx, id = instance.id](QObject *streamContext, ConsoleEndpoint::StreamCallback streamDone) {
        auto fail = [streamContext, streamDone](const Error &error) {
            QMetaObject::invokeMethod(streamContext, [streamDone, error] { streamDone(error); }, Qt::QueuedConnection);
        };
        if (!self)
            return fail(makeError(ErrorCode::Internal, tr("The engine is shutting down")));
        auto where = locate(self->m_instances, self->m_hosts, self->m_policy, ctx, id);
        if (!where)
            return fail(where.error());
        if (!where->host.facts.capabilities.console)
            return fail(makeError(ErrorCode::Conflict,
                                  tr("Host %1 cannot open serial consoles (virDomainOpenConsole)").arg(where->host.record.name)));
        const QString domainName = where->instance.domainName(), name = where->instance.name,
                      hostName = where->host.record.name;
        HostCall::async<virStreamPtr>(
            where->connection, hostName, self.data(),
            [domainName, name, hostName](virConnectPtr conn) -> Result<virStreamPtr> {
                auto dom = runningDomain(conn, domainName, name, hostName);
                if (!dom)
                    return dom.error();
                DomainHandle handle{*dom};
                virStreamPtr stream = virStreamNew(conn, VIR_STREAM_NONBLOCK);
                if (!stream)
                    return makeError(ErrorCode::Internal, tr("Host %1: %2").arg(hostName, libvirtMessage()));
                if (virDomainOpenConsole(handle.dom, nullptr, stream, VIR_DOMAIN_CONSOLE_FORCE) < 0) {
                    const QString why = libvirtMessage();
                    virStreamFree(stream);
                    return makeError(ErrorCode::Conflict,
                                     tr("Host %1 could not open the serial console of %2: %3").arg(hostName, name, why));
                }
                return stream;
            },
            handOn<virStreamPtr>(streamContext, std::move(streamDone), [](virStreamPtr stream) {
                virStreamAbort(stream);
                virStreamFree(stream);
            }));
    };

    const QString domainName = base.domainName, name = instance.name, hostName = host.record.name;
    const bool serialCapable = host.facts.capabilities.console;
    HostCall::async<ConsoleEndpoint>(
        located->connection, hostName, context,
        [base, domainName, name, hostName, serialCapable](virConnectPtr conn) -> Result<ConsoleEndpoint> {
            auto dom = runningDomain(conn, domainName, name, hostName);
            if (!dom)
                return dom.error();
            DomainHandle handle{*dom};
            // SECURE: the graphics password is part of what the session needs.
            char *xml = virDomainGetXMLDesc(handle.dom, VIR_DOMAIN_XML_SECURE);
            if (!xml)
                return makeError(ErrorCode::Internal, tr("Host %1: %2").arg(hostName, libvirtMessage()));
            const DomainConsoles consoles = readConsoles(QString::fromUtf8(xml));
            free(xml);
            ConsoleEndpoint endpoint = base;
            endpoint.graphics = consoles.graphics;
            endpoint.password = consoles.password;
            endpoint.serial = consoles.serial && serialCapable;
            return endpoint;
        },
        std::move(done));
}

Result<ConsoleType> ConsoleService::choose(ConsoleType wanted, const ConsoleEndpoint &endpoint)
{
    const bool vnc = endpoint.graphics.contains(QLatin1String("vnc"));
    const bool spice = endpoint.graphics.contains(QLatin1String("spice"));
    switch (wanted) {
    case ConsoleType::None:
        return makeError(ErrorCode::Conflict, tr("Consoles are switched off (console type None)"));
    case ConsoleType::Auto:
        if (vnc)
            return ConsoleType::Vnc;
        if (spice)
            return ConsoleType::Spice;
        if (endpoint.serial)
            return ConsoleType::Serial;
        return makeError(ErrorCode::Conflict,
                         tr("Instance %1 has no graphics device and no serial console").arg(endpoint.instanceName));
    case ConsoleType::Vnc:
    case ConsoleType::Spice:
        if ((wanted == ConsoleType::Vnc && vnc) || (wanted == ConsoleType::Spice && spice))
            return wanted;
        return makeError(ErrorCode::Conflict, tr("Instance %1 has no %2 graphics device")
                                                  .arg(endpoint.instanceName, ConsoleTypes::name(wanted)));
    case ConsoleType::Serial:
        if (endpoint.serial)
            return wanted;
        return makeError(ErrorCode::Conflict, tr("Instance %1 has no serial console").arg(endpoint.instanceName));
    }
    return makeError(ErrorCode::Internal, tr("Unknown console type"));
}

} // namespace sd

#include "engine.h"

#include "compute/flavorservice.h"
#include "compute/instance/instancereconciler.h"
#include "compute/instance/instanceservice.h"
#include "compute/keypairservice.h"
#include "compute/servergroupservice.h"
#include "compute/instance/launchchoices.h"
#include "console/consoleservice.h"
#include "demo/demolab.h"
#include "hosts/hostinfo.h"
#include "hosts/hostmanager.h"
#include "identity/authservice.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "identity/groupservice.h"
#include "identity/identitystore.h"
#include "identity/passwordhasher.h"
#include "identity/policy.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QFile>

namespace sd {

Engine::Engine(DataDir dir, std::shared_ptr<Database> db, bool demo)
    : m_dataDir(std::move(dir)), m_demo(demo), m_db(db), m_policy(std::make_unique<Policy>()),
      m_actionLog(std::make_unique<ActionLog>(db)), m_identity(std::make_unique<IdentityStore>(db)),
      m_quotas(std::make_unique<QuotaService>(db, m_policy.get())),
      m_projects(std::make_unique<ProjectService>(db, m_policy.get(), m_quotas.get())),
      m_users(std::make_unique<UserService>(db, m_policy.get())),
      m_roles(std::make_unique<RoleService>(db, m_policy.get())),
      m_groups(std::make_unique<GroupService>(db, m_policy.get())),
      m_auth(std::make_unique<AuthService>(db, m_identity.get())),
      m_flavors(std::make_unique<FlavorService>(db, m_policy.get())),
      m_keyPairs(std::make_unique<KeyPairService>(db, m_policy.get(), m_quotas.get())),
      m_serverGroups(std::make_unique<ServerGroupService>(db, m_policy.get(), m_quotas.get())),
      m_tasks(std::make_unique<TaskRunner>(m_actionLog.get())),
      m_hosts(std::make_unique<HostManager>(db, m_tasks.get(), m_policy.get())),
      m_images(std::make_unique<ImageService>(db, m_policy.get(), m_tasks.get(), m_dataDir.imagesPath())),
      m_imageCache(std::make_unique<ImageCache>(db, m_policy.get(), m_tasks.get(), m_hosts.get(), m_images.get())),
      m_networks(std::make_unique<NetworkService>(db, m_policy.get(), m_quotas.get())),
      m_subnets(std::make_unique<SubnetService>(db, m_policy.get(), m_quotas.get())),
      m_ports(std::make_unique<PortService>(db, m_policy.get(), m_quotas.get())),
      m_routers(std::make_unique<RouterService>(db, m_policy.get(), m_quotas.get())),
      m_floatingIps(std::make_unique<FloatingIpService>(db, m_policy.get(), m_quotas.get())),
      m_securityGroups(std::make_unique<SecurityGroupService>(db, m_policy.get(), m_quotas.get()))
{
    m_projects->setActionLog(m_actionLog.get());
    m_users->setActionLog(m_actionLog.get());
    m_roles->setActionLog(m_actionLog.get());
    m_groups->setActionLog(m_actionLog.get());
    m_quotas->setActionLog(m_actionLog.get());
    m_flavors->setActionLog(m_actionLog.get());
    m_keyPairs->setActionLog(m_actionLog.get());
    m_serverGroups->setActionLog(m_actionLog.get());
    m_images->setActionLog(m_actionLog.get());
    m_networks->setActionLog(m_actionLog.get());
    m_subnets->setActionLog(m_actionLog.get());
    m_ports->setActionLog(m_actionLog.get());
    m_routers->setActionLog(m_actionLog.get());
    m_floatingIps->setActionLog(m_actionLog.get());
    m_securityGroups->setActionLog(m_actionLog.get());
    m_networkRealizer = std::make_unique<NetworkRealizer>(
        NetworkRealizer::Services{m_networks.get(), m_subnets.get(), m_ports.get(), m_routers.get(),
                                  m_securityGroups.get(), m_floatingIps.get()},
        m_hosts.get(), m_tasks.get());
    m_instances = std::make_unique<InstanceService>(
        db, m_policy.get(),
        InstanceService::Services{m_flavors.get(), m_images.get(), m_imageCache.get(), m_networks.get(), m_ports.get(),
                                  m_networkRealizer.get(), m_hosts.get(), m_tasks.get(), m_quotas.get(),
                                  m_actionLog.get()});
    m_reconciler = std::make_unique<InstanceReconciler>(m_instances.get(), m_hosts.get());
    m_consoles = std::make_unique<ConsoleService>(db, m_instances.get(), m_hosts.get(), m_policy.get());
    m_consoles->setActionLog(m_actionLog.get());
    m_launchChoices = std::make_unique<LaunchChoices>(db);
    m_volumeTypes = std::make_unique<VolumeTypeService>(db, m_policy.get(), m_actionLog.get(), m_hosts.get(), m_tasks.get());
    m_volumes = std::make_unique<VolumeService>(
        db, m_policy.get(),
        VolumeService::Services{m_volumeTypes.get(), m_images.get(), m_imageCache.get(), m_instances.get(), m_hosts.get(),
                                m_tasks.get(), m_quotas.get(), m_actionLog.get()},
        m_dataDir.path() + QStringLiteral("/backups"));
    m_volumes->watchInstances();
    m_hosts->addSimulatedStateProvider(
        [this](const HostRecord &host) { return m_reconciler->simulatedState(host); });
    wireNotifications();
}

Engine::~Engine()
{
    // Hosts first: their threads may still hand results to the task runner. Their connections close
    // before the pool's tasks drain, so a task talking to a host (HostCall) hears "went down" from the host's
    // still-running thread; only then do the threads and connection objects go.
    m_hosts->closeAll();
    m_tasks->drain();
    m_hosts->disconnectAll();
    m_tasks->drain();
}

Result<std::unique_ptr<Engine>> Engine::open(const EngineOptions &options)
{
    qRegisterMetaType<sd::TaskInfo>();
    QString path = options.dataDir;
    if (path.isEmpty())
        path = options.demo ? DataDir::demoPath() : DataDir::defaultPath();
    auto dir = DataDir::open(path);
    if (!dir)
        return dir.error();
    // libvirt logs its own warnings to stderr (e.g. "getaddrinfo failed" where the host name does not
    // resolve), which would garble the CLI's output. We report errors in our own words; keep libvirt's log
    // in the data dir instead, unless the user asked for libvirt's logging themselves.
    if (!qEnvironmentVariableIsSet("LIBVIRT_LOG_OUTPUTS") && !qEnvironmentVariableIsSet("LIBVIRT_DEBUG"))
        qputenv("LIBVIRT_LOG_OUTPUTS", QByteArray("3:file:") + QFile::encodeName(dir->logsPath()) + "/libvirt.log");

    auto db = Database::open(dir->databaseFile());
    if (!db)
        return db.error();
    std::unique_ptr<Engine> engine(new Engine(*dir, *db, options.demo));
    if (auto seeded = engine->m_quotas->seedDefaults(); !seeded)
        return seeded.error();
    // Like Cinder's __DEFAULT__ type: every cloud has one type to create volumes in.
    if (auto seeded = engine->m_volumeTypes->seedDefault(); !seeded)
        return seeded.error();

    if (!engine->m_identity->hasUsers()) {
        if (options.demo) {
            auto seeded = DemoLab::seed(*dir, *db, *engine->m_identity);
            if (!seeded)
                return seeded.error();
            engine->m_firstRunPassword = *seeded;
            const RequestContext admin = *engine->m_identity->localAdmin();
            if (auto flavors = DemoLab::seedFlavors(*engine->m_flavors, admin); !flavors)
                return flavors.error();
            if (auto image = DemoLab::seedImage(*dir, *engine->m_images, admin, options.demoImage); !image)
                return image.error();
            if (auto networks = DemoLab::seedNetworks(*engine, admin); !networks)
                return networks.error();
        } else {
            // Like keystone-manage bootstrap: a new cloud gets its administrator at once, and the password
            // is shown to whoever created the data dir.
            const QString password = PasswordHasher::generate();
            auto admin = engine->m_identity->bootstrapAdmin(QStringLiteral("admin"), password, QStringLiteral("admin"));
            if (!admin)
                return admin.error();
            engine->m_firstRunPassword = password;
        }
    }
    engine->m_images->reapAbandonedUploads();
    engine->m_reconciler->recoverInterrupted();
    if (options.connectHosts)
        engine->m_hosts->connectAll();
    return engine;
}

void Engine::wireNotifications()
{
    const QString host = QStringLiteral("host");
    connect(m_hosts.get(), &HostManager::hostChanged, this, [this, host](const QString &id) {
        emit resourceChanged(host, id);
    });
    connect(m_hosts.get(), &HostManager::hostRemoved, this, [this, host](const QString &id) {
        emit resourceRemoved(host, id);
    });
    connect(m_hosts.get(), &HostManager::hostWarning, this, [this](const QString &, const QString &message) {
        emit notification(message, QString());
    });
    connect(m_networkRealizer.get(), &NetworkRealizer::warning, this,
            [this](const QString &, const QString &message) { emit notification(message, QString()); });
    const auto forward = [this](auto *service, auto changed, auto removed, const QString &kind) {
        connect(service, changed, this, [this, kind](const QString &id) { emit resourceChanged(kind, id); });
        connect(service, removed, this, [this, kind](const QString &id) { emit resourceRemoved(kind, id); });
    };
    forward(m_projects.get(), &ProjectService::projectChanged, &ProjectService::projectRemoved, QStringLiteral("project"));
    forward(m_users.get(), &UserService::userChanged, &UserService::userRemoved, QStringLiteral("user"));
    forward(m_roles.get(), &RoleService::roleChanged, &RoleService::roleRemoved, QStringLiteral("role"));
    forward(m_groups.get(), &GroupService::groupChanged, &GroupService::groupRemoved, QStringLiteral("group"));
    forward(m_flavors.get(), &FlavorService::flavorChanged, &FlavorService::flavorRemoved, QStringLiteral("flavor"));
    forward(m_keyPairs.get(), &KeyPairService::keyPairChanged, &KeyPairService::keyPairRemoved,
            QStringLiteral("keypair"));
    forward(m_serverGroups.get(), &ServerGroupService::serverGroupChanged,
            &ServerGroupService::serverGroupRemoved, QStringLiteral("server_group"));
    forward(m_images.get(), &ImageService::imageChanged, &ImageService::imageRemoved, QStringLiteral("image"));
    forward(m_networks.get(), &NetworkService::networkChanged, &NetworkService::networkRemoved, QStringLiteral("network"));
    forward(m_subnets.get(), &SubnetService::subnetChanged, &SubnetService::subnetRemoved, QStringLiteral("subnet"));
    forward(m_ports.get(), &PortService::portChanged, &PortService::portRemoved, QStringLiteral("port"));
    forward(m_routers.get(), &RouterService::routerChanged, &RouterService::routerRemoved, QStringLiteral("router"));
    forward(m_routers.get(), &RouterService::portChanged, &RouterService::portRemoved, QStringLiteral("port"));
    forward(m_floatingIps.get(), &FloatingIpService::floatingIpChanged, &FloatingIpService::floatingIpRemoved,
            QStringLiteral("floating_ip"));
    forward(m_securityGroups.get(), &SecurityGroupService::securityGroupChanged,
            &SecurityGroupService::securityGroupRemoved, QStringLiteral("security_group"));
    forward(m_instances.get(), &InstanceService::instanceChanged, &InstanceService::instanceRemoved,
            QStringLiteral("instance"));
    forward(m_volumeTypes.get(), &VolumeTypeService::typeChanged, &VolumeTypeService::typeRemoved,
            QStringLiteral("volume_type"));
    forward(m_volumes.get(), &VolumeService::volumeChanged, &VolumeService::volumeRemoved, QStringLiteral("volume"));
    forward(m_volumes.get(), &VolumeService::snapshotChanged, &VolumeService::snapshotRemoved,
            QStringLiteral("volume_snapshot"));
    forward(m_volumes.get(), &VolumeService::backupChanged, &VolumeService::backupRemoved,
            QStringLiteral("volume_backup"));
    forward(m_volumes.get(), &VolumeService::transferChanged, &VolumeService::transferRemoved,
            QStringLiteral("volume_transfer"));
    connect(m_roles.get(), &RoleService::assignmentsChanged, this,
            [this] { emit resourceChanged(QStringLiteral("role_assignment"), QString()); });
    connect(m_tasks.get(), &TaskRunner::taskChanged, this, [this](const QString &id) {
        emit resourceChanged(QStringLiteral("task"), id);
    });
    connect(m_tasks.get(), &TaskRunner::taskFinished, this, [this](const QString &id) {
        const auto info = m_tasks->task(id);
        if (info && info->state == TaskState::Failed)
            emit notification(info->error.message, info->error.details);
    });
}

Result<RequestContext> Engine::login(const QString &user, const QString &password, const QString &project) const
{
    return m_identity->login(user, password, project);
}

Result<QList<ActionLogEntry>> Engine::recentActions(const RequestContext &ctx, int limit) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("action_log:list")); !p)
        return p.error();
    return m_actionLog->recent(limit);
}

Result<RequestContext> Engine::switchProject(const RequestContext &ctx, const QString &project) const
{
    return m_identity->rescope(ctx, project);
}

Result<RequestContext> Engine::localAdminContext() const
{
    return m_identity->localAdmin();
}

} // namespace sd

#pragma once

#include "core/datadir.h"
#include "core/requestcontext.h"
#include "core/result.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class ConsoleService;
struct ActionLogEntry;
class AuthService;
class Database;
class FlavorService;
class FloatingIpService;
class GroupService;
class HostManager;
class ImageCache;
class ImageService;
class InstanceReconciler;
class InstanceService;
class KeyPairService;
class LaunchChoices;
class NetworkRealizer;
class NetworkService;
class PortService;
class IdentityStore;
class Policy;
class ProjectService;
class QuotaService;
class RoleService;
class RouterService;
class SecurityGroupService;
class ServerGroupService;
class SubnetService;
class TaskRunner;
class UserService;
class VolumeService;
class VolumeTypeService;

struct EngineOptions
{
    QString dataDir;       // empty: DataDir::defaultPath(), or demoPath() when demo is set
    bool demo = false;     // open (and on first use create) the demo lab
    bool connectHosts = true;
    // A qcow2 file the demo lab registers as its `tiny-linux` image when it is created (DemoLab::findImage()).
    QString demoImage;
};

// The one facade the GUI and the CLI talk to. It owns the store and the services; every call takes a
// RequestContext and is checked by the policy first. Lives on the main thread.
class Engine : public QObject
{
    Q_OBJECT

public:
    ~Engine() override;

    static Result<std::unique_ptr<Engine>> open(const EngineOptions &options);

    const DataDir &dataDir() const { return m_dataDir; }
    bool isDemo() const { return m_demo; }

    HostManager &hosts() { return *m_hosts; }
    TaskRunner &tasks() { return *m_tasks; }
    ActionLog &actionLog() { return *m_actionLog; }
    const Policy &policy() const { return *m_policy; }
    IdentityStore &identity() { return *m_identity; }
    ProjectService &projects() { return *m_projects; }
    UserService &users() { return *m_users; }
    RoleService &roles() { return *m_roles; }
    GroupService &groups() { return *m_groups; }
    AuthService &auth() { return *m_auth; }
    QuotaService &quotas() { return *m_quotas; }
    FlavorService &flavors() { return *m_flavors; }
    KeyPairService &keyPairs() { return *m_keyPairs; }
    ServerGroupService &serverGroups() { return *m_serverGroups; }
    ImageService &images() { return *m_images; }
    ImageCache &imageCache() { return *m_imageCache; }
    NetworkService &networks() { return *m_networks; }
    SubnetService &subnets() { return *m_subnets; }
    PortService &ports() { return *m_ports; }
    RouterService &routers() { return *m_routers; }
    FloatingIpService &floatingIps() { return *m_floatingIps; }
    SecurityGroupService &securityGroups() { return *m_securityGroups; }
    // Keeps the hosts' libvirt networks and nwfilters in line with the network model.
    NetworkRealizer &networkRealizer() { return *m_networkRealizer; }
    InstanceService &instances() { return *m_instances; }
    ConsoleService &consoles() { return *m_consoles; }
    VolumeTypeService &volumeTypes() { return *m_volumeTypes; }
    VolumeService &volumes() { return *m_volumes; }
    // Read-only key pair and server group names for the Launch Instance wizard.
    const LaunchChoices &launchChoices() const { return *m_launchChoices; }

    // The most recent actions of the whole cloud, newest first (admins only, like Nova's os-instance-actions
    // for all projects).
    Result<QList<ActionLogEntry>> recentActions(const RequestContext &ctx, int limit) const;

    // Log in; the context carries the user's roles in the project.
    Result<RequestContext> login(const QString &user, const QString &password, const QString &project = {}) const;
    // The same user scoped to another project where they have a role.
    Result<RequestContext> switchProject(const RequestContext &ctx, const QString &project) const;
    // The data dir's first administrator, for whoever may read the data dir (the database is 0600).
    Result<RequestContext> localAdminContext() const;

    // Set when this open created the data dir's administrator: the password, to be shown once.
    QString firstRunPassword() const { return m_firstRunPassword; }

Q_SIGNALS:
    // kind: "host", "task", "project", "user", "role", "group", "role_assignment", "flavor", "image",
    // "network", "subnet", "port", "router", "floating_ip", "security_group", "keypair" (id "<user id>/<name>"),
    // "server_group", "instance", "volume_type", "volume", "volume_snapshot", "volume_backup",
    // "volume_transfer"; emitted on the main thread so models can update one row.
    void resourceChanged(const QString &kind, const QString &id);
    void resourceRemoved(const QString &kind, const QString &id);
    // Something the user should see without it blocking anything (a host went down, a task failed).
    void notification(const QString &message, const QString &details);

private:
    Engine(DataDir dir, std::shared_ptr<Database> db, bool demo);
    void wireNotifications();

    DataDir m_dataDir;
    bool m_demo = false;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Policy> m_policy;
    std::unique_ptr<ActionLog> m_actionLog;
    std::unique_ptr<IdentityStore> m_identity;
    std::unique_ptr<QuotaService> m_quotas;
    std::unique_ptr<ProjectService> m_projects;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<FlavorService> m_flavors;
    std::unique_ptr<KeyPairService> m_keyPairs;
    std::unique_ptr<ServerGroupService> m_serverGroups;
    std::unique_ptr<TaskRunner> m_tasks;
    std::unique_ptr<HostManager> m_hosts;
    std::unique_ptr<ImageService> m_images;
    std::unique_ptr<ImageCache> m_imageCache;
    std::unique_ptr<NetworkService> m_networks;
    std::unique_ptr<SubnetService> m_subnets;
    std::unique_ptr<PortService> m_ports;
    std::unique_ptr<RouterService> m_routers;
    std::unique_ptr<FloatingIpService> m_floatingIps;
    std::unique_ptr<SecurityGroupService> m_securityGroups;
    QString m_firstRunPassword;
    // Last: it watches the services and hosts above, so it goes first.
    std::unique_ptr<NetworkRealizer> m_networkRealizer;
    // After the realizer: builds bind ports through it.
    std::unique_ptr<InstanceService> m_instances;
    std::unique_ptr<InstanceReconciler> m_reconciler;
    std::unique_ptr<ConsoleService> m_consoles;
    std::unique_ptr<VolumeTypeService> m_volumeTypes;
    std::unique_ptr<VolumeService> m_volumes;
    std::unique_ptr<LaunchChoices> m_launchChoices;
};

} // namespace sd

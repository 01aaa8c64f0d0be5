#include "mainwindow.h"

#include "appsettings.h"
#include "icons.h"
#include "models/hostmodel.h"
#include "console/consolelauncher.h"
#include "panels/changepasswordpanel.h"
#include "panels/classroomwallpanel.h"
#include "panels/flavorspanel.h"
#include "panels/groupspanel.h"
#include "panels/hypervisorspanel.h"
#include "panels/imagespanel.h"
#include "panels/keypairspanel.h"
#include "panels/servergroupspanel.h"
#include "panels/instancespanel.h"
#include "panels/floatingipspanel.h"
#include "panels/networkspanel.h"
#include "panels/routerspanel.h"
#include "panels/securitygroupspanel.h"
#include "topology/topologypanel.h"
#include "panels/rolespanel.h"
#include "panels/systeminfopanel.h"
#include "panels/usersettingspanel.h"
#include "panels/userspanel.h"
#include "panels/volumespanel.h"
#include "panels/volumebackupspanel.h"
#include "panels/volumesnapshotspanel.h"
#include "panels/volumetypespanel.h"
#include "widgets/headerbar.h"
#include "widgets/navigationtree.h"
#include "widgets/notificationarea.h"
#include "widgets/pagestepper.h"
#include "widgets/taskdock.h"

// ---- Panels written alongside this window (Identity › Projects, Admin › System › Default Quotas). ----
// Registered only when their headers exist, so this file builds before and after they land.
#if __has_include("panels/projectspanel.h")
#include "panels/projectspanel.h"
#define SD_HAVE_PROJECTS_PANEL 1
#endif
#if __has_include("panels/defaultquotaspanel.h")
#include "panels/defaultquotaspanel.h"
#define SD_HAVE_DEFAULT_QUOTAS_PANEL 1
#endif
// ---- end ----

#include "engine.h"
#include "identity/authservice.h"
#include "identity/policy.h"
#include "identity/projectservice.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
const QString kHypervisors = QStringLiteral("admin/hypervisors");
const QString kFlavors = QStringLiteral("admin/flavors");
const QString kAdminImages = QStringLiteral("admin/images");
const QString kImages = QStringLiteral("project/images");
const QString kKeyPairs = QStringLiteral("project/key-pairs");
const QString kServerGroups = QStringLiteral("project/server-groups");
const QString kClassroomWall = QStringLiteral("project/classroom-wall");
const QString kInstances = QStringLiteral("project/instances");
const QString kAdminInstances = QStringLiteral("admin/instances");
const QString kVolumes = QStringLiteral("project/volumes");
const QString kAdminVolumes = QStringLiteral("admin/volumes");
const QString kTopology = QStringLiteral("project/network-topology");
const QString kNetworks = QStringLiteral("project/networks");
const QString kRouters = QStringLiteral("project/routers");
const QString kSecurityGroups = QStringLiteral("project/security-groups");
const QString kFloatingIps = QStringLiteral("project/floating-ips");
const QString kAdminNetworks = QStringLiteral("admin/networks");
const QString kAdminRouters = QStringLiteral("admin/routers");
const QString kAdminFloatingIps = QStringLiteral("admin/floating-ips");
const QString kDefaultQuotas = QStringLiteral("admin/default-quotas");
const QString kSystemInfo = QStringLiteral("admin/system-information");
const QString kVolumeBackups = QStringLiteral("project/volume-backups");
const QString kVolumeSnapshots = QStringLiteral("project/volume-snapshots");
const QString kAdminVolumeBackups = QStringLiteral("admin/volume-backups");
const QString kAdminVolumeSnapshots = QStringLiteral("admin/volume-snapshots");
const QString kVolumeTypes = QStringLiteral("admin/volume-types");
const QString kProjects = QStringLiteral("identity/projects");
const QString kUsers = QStringLiteral("identity/users");
const QString kGroups = QStringLiteral("identity/groups");
const QString kRoles = QStringLiteral("identity/roles");
const QString kUserSettings = QStringLiteral("settings/user");
const QString kChangePassword = QStringLiteral("settings/password");
constexpr QSize kDefaultSize(1360, 860);
constexpr int kDockHeight = 120;
} // namespace

MainWindow::MainWindow(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_ctx(ctx), m_header(new HeaderBar(this)),
      m_navigation(new NavigationTree(this)), m_stack(new QStackedWidget(this)), m_notifications(nullptr),
      m_tasks(new TaskDock(engine, this))
{
    setUp();
}

MainWindow::MainWindow(Engine &engine, const Session &session, QWidget *parent)
    : MainWindow(engine, session.context, parent)
{
    m_token = session.token;
}

void MainWindow::setUp()
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(m_engine.isDemo() ? tr("StackDesk — demo lab") : tr("StackDesk"));
    setWindowIcon(Icons::get(QStringLiteral("stackdesk")));

    // The header spans the whole width, above the navigation and the docks, like Horizon's top bar.
    setMenuWidget(m_header);
    m_header->setUserName(m_ctx.userName);
    refreshProjects();
    connect(m_header, &HeaderBar::projectSwitchRequested, this, &MainWindow::switchProject);
    connect(m_header, &HeaderBar::settingsRequested, this, [this] { showPanel(kUserSettings); });
    connect(m_header, &HeaderBar::changePasswordRequested, this, [this] { showPanel(kChangePassword); });
    connect(m_header, &HeaderBar::aboutRequested, this, &MainWindow::showAbout);
    connect(m_header, &HeaderBar::signOutRequested, this, [this] { signOut(tr("You have signed out.")); });
    connect(m_header, &HeaderBar::quitRequested, this, &MainWindow::close);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_stack);
    m_notifications = new NotificationArea(content);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("MainSplitter"));
    split->setChildrenCollapsible(false);
    split->setHandleWidth(1);
    split->addWidget(m_navigation);
    split->addWidget(content);
    split->setStretchFactor(1, 1);
    split->setSizes({230, kDefaultSize.width() - 230});
    setCentralWidget(split);

    addDockWidget(Qt::BottomDockWidgetArea, m_tasks);
    resizeDocks({m_tasks}, {kDockHeight}, Qt::Vertical);

    connect(m_navigation, &NavigationTree::panelSelected, this, [this](const QString &key) {
        if (Panel *p = m_panels.value(key))
            m_stack->setCurrentWidget(p);
    });
    connect(&m_engine, &Engine::notification, m_notifications, &NotificationArea::show);
    // A new project, or a role given or taken, changes what the project switcher offers.
    connect(&m_engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &) {
        if (kind == QLatin1String("project") || kind == QLatin1String("role_assignment"))
            refreshProjects();
    });
    connect(&m_engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &) {
        if (kind == QLatin1String("project"))
            refreshProjects();
    });

    buildPanels();
    resize(kDefaultSize);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanel(int section, const QString &group, const QString &key, const QString &title,
                          const QString &icon, Panel *panel)
{
    m_panels.insert(key, panel);
    m_stack->addWidget(panel);
    m_navigation->addPanel(NavigationTree::Section(section), group, key, title, Icons::get(icon));
    connect(panel, &Panel::notify, m_notifications, &NotificationArea::show);
}

void MainWindow::buildPanels()
{
    using S = NavigationTree::Section;
    const Policy &policy = m_engine.policy();
    const auto allows = [&](const char *action) { return policy.allows(m_ctx, QLatin1String(action)); };
    // Horizon's rule: a panel the policy would refuse is not shown at all.
    // Project › Compute in Horizon's order: Instances, then Images.
    if (allows("server:list"))
        addPanel(int(S::Project), tr("Compute"), kInstances, tr("Instances"),
                 QStringLiteral("panel-instances"),
                 new InstancesPanel(m_engine, m_ctx, InstanceModel::Scope::Project, m_stack));
    if (allows("image:list"))
        addPanel(int(S::Project), tr("Compute"), kImages, tr("Images"), QStringLiteral("panel-images"),
                 new ImagesPanel(m_engine, m_ctx, ImageModel::Scope::Project, m_stack));
    // Project › Compute goes on as in Horizon: Key Pairs, then Server Groups.
    if (allows("keypair:list"))
        addPanel(int(S::Project), tr("Compute"), kKeyPairs, tr("Key Pairs"), QStringLiteral("panel-keypairs"),
                 new KeyPairsPanel(m_engine, m_ctx, m_stack));
    if (allows("server_group:list"))
        addPanel(int(S::Project), tr("Compute"), kServerGroups, tr("Server Groups"),
                 QStringLiteral("panel-servergroups"), new ServerGroupsPanel(m_engine, m_ctx, m_stack));
    // Not Horizon's: every running instance's screen at once, for teachers watching a class.
    if (allows("server:list") && ConsoleLauncher::consolesShown(m_engine, m_ctx))
        addPanel(int(S::Project), tr("Compute"), kClassroomWall, tr("Classroom Wall"),
                 QStringLiteral("panel-classroomwall"), new ClassroomWallPanel(m_engine, m_ctx, m_stack));
    // Project › Volumes, between Compute and Network as in Horizon.
    if (allows("volume:list"))
        addPanel(int(S::Project), tr("Volumes"), kVolumes, tr("Volumes"), QStringLiteral("panel-volumes"),
                 new VolumesPanel(m_engine, m_ctx, VolumeModel::Scope::Project, m_stack));
    // Project › Volumes in Horizon's order: (Volumes,) Backups, Snapshots.
    if (allows("volume_backup:list"))
        addPanel(int(S::Project), tr("Volumes"), kVolumeBackups, tr("Backups"), QStringLiteral("panel-volumebackups"),
                 new VolumeBackupsPanel(m_engine, m_ctx, VolumeBackupModel::Scope::Project, m_stack));
    if (allows("volume_snapshot:list"))
        addPanel(int(S::Project), tr("Volumes"), kVolumeSnapshots, tr("Snapshots"),
                 QStringLiteral("panel-volumesnapshots"),
                 new VolumeSnapshotsPanel(m_engine, m_ctx, VolumeSnapshotModel::Scope::Project, m_stack));
    // Project › Network in Horizon's order.
    if (allows("network:list")) {
        addPanel(int(S::Project), tr("Network"), kTopology, tr("Network Topology"), QStringLiteral("panel-topology"),
                 new TopologyPanel(m_engine, m_ctx, m_stack));
        addPanel(int(S::Project), tr("Network"), kNetworks, tr("Networks"), QStringLiteral("panel-networks"),
                 new NetworksPanel(m_engine, m_ctx, NetworkModel::Scope::Project, m_stack));
    }
    if (allows("router:list"))
        addPanel(int(S::Project), tr("Network"), kRouters, tr("Routers"), QStringLiteral("panel-routers"),
                 new RoutersPanel(m_engine, m_ctx, RouterModel::Scope::Project, m_stack));
    if (allows("security_group:list"))
        addPanel(int(S::Project), tr("Network"), kSecurityGroups, tr("Security Groups"),
                 QStringLiteral("panel-securitygroups"), new SecurityGroupsPanel(m_engine, m_ctx, m_stack));
    if (allows("floating_ip:list"))
        addPanel(int(S::Project), tr("Network"), kFloatingIps, tr("Floating IPs"), QStringLiteral("panel-floatingips"),
                 new FloatingIpsPanel(m_engine, m_ctx, FloatingIpModel::Scope::Project, m_stack));
    if (allows("host:list")) {
        m_hostModel = new HostModel(m_engine, m_ctx, this);
        addPanel(int(S::Admin), tr("Compute"), kHypervisors, tr("Hypervisors"),
                 QStringLiteral("panel-hypervisors"),
                 new HypervisorsPanel(m_engine, m_ctx, m_hostModel, m_stack));
    }
    // Every project's instances, with their projects and hosts (server:list is open to members, so the
    // admin-only host list is the gate), between Hypervisors and Flavors as in Horizon's Admin › Compute.
    if (allows("host:list"))
        addPanel(int(S::Admin), tr("Compute"), kAdminInstances, tr("Instances"),
                 QStringLiteral("panel-instances"),
                 new InstancesPanel(m_engine, m_ctx, InstanceModel::Scope::Admin, m_stack));
    // flavor:list is open to everyone (members pick flavors at launch); the panel is for those who manage
    // them, as Horizon's Admin › Flavors is.
    if (allows("flavor:create")) {
        addPanel(int(S::Admin), tr("Compute"), kFlavors, tr("Flavors"), QStringLiteral("panel-flavors"),
                 new FlavorsPanel(m_engine, m_ctx, m_stack));
    }
    // Every project's images, with their owners; the project panel shows what the current project may use.
    if (allows("image:publicize"))
        addPanel(int(S::Admin), tr("Compute"), kAdminImages, tr("Images"), QStringLiteral("panel-images"),
                 new ImagesPanel(m_engine, m_ctx, ImageModel::Scope::Admin, m_stack));
    // Admin › Volume: every project's volumes, with their projects and hosts (volume:list is open to
    // members, so the admin-only host list is the gate).
    if (allows("host:list") && allows("volume:list"))
        addPanel(int(S::Admin), tr("Volume"), kAdminVolumes, tr("Volumes"), QStringLiteral("panel-volumes"),
                 new VolumesPanel(m_engine, m_ctx, VolumeModel::Scope::Admin, m_stack));
    // Admin › Volume in Horizon's order: (Volumes,) Backups, Snapshots, Volume Types. Types are the
    // administrators' (members only see them in the Create Volume dialog), so their rule is the gate.
    if (allows("volume_type:create")) {
        addPanel(int(S::Admin), tr("Volume"), kAdminVolumeBackups, tr("Backups"),
                 QStringLiteral("panel-volumebackups"),
                 new VolumeBackupsPanel(m_engine, m_ctx, VolumeBackupModel::Scope::Admin, m_stack));
        addPanel(int(S::Admin), tr("Volume"), kAdminVolumeSnapshots, tr("Snapshots"),
                 QStringLiteral("panel-volumesnapshots"),
                 new VolumeSnapshotsPanel(m_engine, m_ctx, VolumeSnapshotModel::Scope::Admin, m_stack));
        addPanel(int(S::Admin), tr("Volume"), kVolumeTypes, tr("Volume Types"), QStringLiteral("panel-volumetypes"),
                 new VolumeTypesPanel(m_engine, m_ctx, m_stack));
    }
    // Admin › Network: every project's networks, routers and floating IPs (the list rules are open to
    // members, so an admin-only rule is the gate).
    if (allows("network:external")) {
        addPanel(int(S::Admin), tr("Network"), kAdminNetworks, tr("Networks"), QStringLiteral("panel-networks"),
                 new NetworksPanel(m_engine, m_ctx, NetworkModel::Scope::Admin, m_stack));
        addPanel(int(S::Admin), tr("Network"), kAdminRouters, tr("Routers"), QStringLiteral("panel-routers"),
                 new RoutersPanel(m_engine, m_ctx, RouterModel::Scope::Admin, m_stack));
        addPanel(int(S::Admin), tr("Network"), kAdminFloatingIps, tr("Floating IPs"),
                 QStringLiteral("panel-floatingips"),
                 new FloatingIpsPanel(m_engine, m_ctx, FloatingIpModel::Scope::Admin, m_stack));
    }
    // Admin › System in Horizon's order: Default Quotas, then System Information.
#ifdef SD_HAVE_DEFAULT_QUOTAS_PANEL
    if (allows("quota:update_defaults"))
        addPanel(int(S::Admin), tr("System"), kDefaultQuotas, tr("Default Quotas"),
                 QStringLiteral("panel-quotas"), new DefaultQuotasPanel(m_engine, m_ctx, m_stack));
#endif
    if (m_hostModel)
        addPanel(int(S::Admin), tr("System"), kSystemInfo, tr("System Information"),
                 QStringLiteral("panel-sysinfo"), new SystemInfoPanel(m_hostModel, m_stack));

#ifdef SD_HAVE_PROJECTS_PANEL
    if (allows("project:list")) {
        auto *projects = new ProjectsPanel(m_engine, m_ctx, m_stack);
        // Queued: switching rebuilds the panels, this one included, so not from inside its own signal.
        connect(projects, &ProjectsPanel::activeProjectRequested, this, &MainWindow::switchProject,
                Qt::QueuedConnection);
        addPanel(int(S::Identity), QString(), kProjects, tr("Projects"), QStringLiteral("panel-projects"),
                 projects);
    }
#endif
    if (allows("user:list"))
        addPanel(int(S::Identity), QString(), kUsers, tr("Users"), QStringLiteral("panel-users"),
                 new UsersPanel(m_engine, m_ctx, m_stack));
    if (allows("group:list"))
        addPanel(int(S::Identity), QString(), kGroups, tr("Groups"), QStringLiteral("panel-groups"),
                 new GroupsPanel(m_engine, m_ctx, m_stack));
    // role:list is open to everyone (the CLI shows names); the panel is for those who manage roles, as
    // Keystone's identity:list_roles is admin-only.
    if (allows("role:create"))
        addPanel(int(S::Identity), QString(), kRoles, tr("Roles"), QStringLiteral("panel-roles"),
                 new RolesPanel(m_engine, m_ctx, m_stack));

    auto *settings = new UserSettingsPanel(m_engine, m_ctx, m_stack);
    connect(settings, &UserSettingsPanel::resetLayoutRequested, this, &MainWindow::resetLayout);
    connect(settings, &UserSettingsPanel::itemsPerPageChanged, this, &MainWindow::applyItemsPerPage);
    addPanel(int(S::Settings), QString(), kUserSettings, tr("User Settings"),
             QStringLiteral("panel-usersettings"), settings);
    if (allows("user:change_password")) {
        auto *password = new ChangePasswordPanel(m_engine, m_ctx, m_stack);
        // Queued: signing out closes the window, which should not happen inside the panel's click.
        connect(password, &ChangePasswordPanel::signOutRequested, this, &MainWindow::signOut,
                Qt::QueuedConnection);
        addPanel(int(S::Settings), QString(), kChangePassword, tr("Change Password"),
                 QStringLiteral("panel-password"), password);
    }
    applyItemsPerPage(AppSettings::itemsPerPage());

    // The Tasks dock lists the whole cloud's tasks: only for those who may list them.
    const bool tasks = allows("task:list");
    m_tasks->toggleViewAction()->setVisible(tasks);
    if (!tasks)
        m_tasks->hide();
    m_navigation->selectPanel(m_navigation->panelKeys().value(0));
}

void MainWindow::applyItemsPerPage(int rows)
{
    PageStepper::applyTo(m_stack, rows);
}

void MainWindow::clearPanels()
{
    m_navigation->clear();
    for (Panel *p : std::as_const(m_panels)) {
        m_stack->removeWidget(p);
        p->deleteLater();
    }
    m_panels.clear();
    // Later, with the panels: their proxies still point at it until then.
    if (m_hostModel)
        m_hostModel->deleteLater();
    m_hostModel = nullptr;
}

Panel *MainWindow::panel(const QString &key) const
{
    return m_panels.value(key);
}

QString MainWindow::currentPanel() const
{
    return m_navigation->currentPanel();
}

QStringList MainWindow::myProjectNames() const
{
    // The switcher offers the projects the user holds a role on, as Horizon's does.
    QStringList names;
    if (auto projects = m_engine.projects().mine(m_ctx))
        for (const Project &p : *projects)
            names.append(p.name);
    return names;
}

bool MainWindow::showPanel(const QString &key)
{
    return m_navigation->selectPanel(key);
}

void MainWindow::refreshProjects()
{
    m_header->setProjects(myProjectNames(), m_ctx.projectName);
}

bool MainWindow::switchProject(const QString &project)
{
    if (project.isEmpty() || project == m_ctx.projectName)
        return true;
    // Signed in with a token: Keystone's way, a new token scoped to the other project. Without one (the
    // data dir's administrator), the engine re-scopes the context.
    QString token = m_token;
    const auto ctx = [&]() -> Result<RequestContext> {
        if (m_token.isEmpty())
            return m_engine.switchProject(m_ctx, project);
        auto session = m_engine.auth().rescope(m_token, project);
        if (!session)
            return session.error();
        token = session->token;
        return session->context;
    }();
    if (!ctx) {
        m_notifications->show(ctx.error().message, ctx.error().details);
        refreshProjects();
        return false;
    }
    const QString current = currentPanel();
    m_token = token;
    m_ctx = *ctx;
    clearPanels();
    buildPanels();
    showPanel(current);
    refreshProjects();
    return true;
}

void MainWindow::signOut(const QString &reason)
{
    // The engine may already have ended the session (a changed password does): revoking is then a no-op.
    if (!m_token.isEmpty())
        (void)m_engine.auth().revoke(m_token);
    m_token.clear();
    emit signedOut(reason);
    close();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("AboutDialog"));
    box->setWindowTitle(tr("About StackDesk"));
    box->setIconPixmap(Icons::get(QStringLiteral("stackdesk")).pixmap(64, 64));
    box->setText(tr("<h3>StackDesk %1</h3>").arg(QStringLiteral(STACKDESK_VERSION)));
    box->setInformativeText(tr("An admin console for private clouds built on libvirt hosts, in the spirit of "
                               "OpenStack Horizon.<br><br>Built with Qt %1, running on Qt %2.")
                                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(AppSettings::kGeometry), saveGeometry());
    // A window without the Tasks dock (a member's) would save it as closed for the next administrator.
    if (m_tasks->toggleViewAction()->isVisible())
        settings.setValue(QLatin1String(AppSettings::kWindowState), saveState());
    settings.setValue(QLatin1String(AppSettings::kLastPanel), currentPanel());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(AppSettings::kGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(AppSettings::kWindowState)).toByteArray());
    if (!m_tasks->toggleViewAction()->isVisible())
        m_tasks->hide();
    const QString last = settings.value(QLatin1String(AppSettings::kLastPanel)).toString();
    if (!last.isEmpty())
        showPanel(last);
}

void MainWindow::resetLayout()
{
    AppSettings::resetWindowLayout();
    m_tasks->setFloating(false);
    m_tasks->show();
    addDockWidget(Qt::BottomDockWidgetArea, m_tasks);
    resizeDocks({m_tasks}, {kDockHeight}, Qt::Vertical);
    if (isMaximized() || isFullScreen())
        showNormal();
    resize(kDefaultSize);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

} // namespace sd

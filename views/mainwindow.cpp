#include "mainwindow.h"

#include "identity/projectservice.h"

#include "appsettings.h"
#include "icons.h"
#include "models/hostmodel.h"
#include "panels/hypervisorspanel.h"
#include "panels/systeminfopanel.h"
#include "panels/usersettingspanel.h"
#include "widgets/headerbar.h"
#include "widgets/navigationtree.h"
#include "widgets/notificationarea.h"
#include "widgets/taskdock.h"

#include "engine.h"
#include "identity/identitystore.h"
#include "identity/policy.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
const QString kHypervisors = QStringLiteral("admin/hypervisors");
const QString kSystemInfo = QStringLiteral("admin/system-information");
const QString kUserSettings = QStringLiteral("settings/user");
constexpr QSize kDefaultSize(1360, 860);
constexpr int kDockHeight = 120;
} // namespace

MainWindow::MainWindow(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_ctx(ctx), m_header(new HeaderBar(this)),
      m_navigation(new NavigationTree(this)), m_stack(new QStackedWidget(this)), m_notifications(nullptr),
      m_tasks(new TaskDock(engine, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(engine.isDemo() ? tr("StackDesk — demo lab") : tr("StackDesk"));
    setWindowIcon(Icons::get(QStringLiteral("stackdesk")));

    // The header spans the whole width, above the navigation and the docks, like Horizon's top bar.
    setMenuWidget(m_header);
    m_header->setUserName(ctx.userName);
    m_header->setProjects(myProjectNames(), ctx.projectName);
    connect(m_header, &HeaderBar::projectSwitchRequested, this, &MainWindow::switchProject);
    connect(m_header, &HeaderBar::settingsRequested, this, [this] { showPanel(kUserSettings); });
    connect(m_header, &HeaderBar::aboutRequested, this, &MainWindow::showAbout);
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
    connect(&engine, &Engine::notification, m_notifications, &NotificationArea::show);

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
    // Horizon's rule: a panel the policy would refuse is not shown at all.
    if (policy.allows(m_ctx, QStringLiteral("host:list"))) {
        m_hostModel = new HostModel(m_engine, m_ctx, this);
        addPanel(int(S::Admin), tr("Compute"), kHypervisors, tr("Hypervisors"),
                 QStringLiteral("panel-hypervisors"),
                 new HypervisorsPanel(m_engine, m_ctx, m_hostModel, m_stack));
        addPanel(int(S::Admin), tr("System"), kSystemInfo, tr("System Information"),
                 QStringLiteral("panel-sysinfo"), new SystemInfoPanel(m_hostModel, m_stack));
    }
    auto *settings = new UserSettingsPanel(m_stack);
    connect(settings, &UserSettingsPanel::resetLayoutRequested, this, &MainWindow::resetLayout);
    addPanel(int(S::Settings), QString(), kUserSettings, tr("User Settings"),
             QStringLiteral("panel-usersettings"), settings);
    m_navigation->selectPanel(m_navigation->panelKeys().value(0));
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

void MainWindow::switchProject(const QString &project)
{
    if (project.isEmpty() || project == m_ctx.projectName)
        return;
    // The user is already signed in; the engine re-scopes the context to their roles in the other project.
    auto ctx = m_engine.switchProject(m_ctx, project);
    if (!ctx) {
        m_notifications->show(ctx.error().message, ctx.error().details);
        m_header->setProjects(myProjectNames(), m_ctx.projectName);
        return;
    }
    const QString current = currentPanel();
    m_ctx = *ctx;
    clearPanels();
    buildPanels();
    showPanel(current);
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
    settings.setValue(QLatin1String(AppSettings::kWindowState), saveState());
    settings.setValue(QLatin1String(AppSettings::kLastPanel), currentPanel());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(AppSettings::kGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(AppSettings::kWindowState)).toByteArray());
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
}

} // namespace sd

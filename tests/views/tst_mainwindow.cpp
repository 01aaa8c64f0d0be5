// The main window: only the sections and panels the policy allows (Horizon hides the rest), the header
// with its project switcher and user menu, switching project, signing out, the tasks dock,
// notifications, the user settings and the layout kept across starts.

#include "demoreadme.h"
#include "viewtestlab.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "models/taskmodel.h"
#include "panels/changepasswordpanel.h"
#include "panels/panel.h"
#include "panels/tablepane.h"
#include "panels/usersettingspanel.h"
#include "panels/userspanel.h"
#include "widgets/headerbar.h"
#include "widgets/navigationtree.h"
#include "widgets/notificationarea.h"
#include "widgets/notificationbanner.h"
#include "widgets/pagestepper.h"
#include "widgets/resourcetable.h"
#include "widgets/taskdock.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

#include "identity/authservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

using namespace sd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    QString demoPassword;
#if __has_include("panels/projectspanel.h")
    const bool hasProjects = true;
#else
    const bool hasProjects = false;
#endif
#if __has_include("panels/defaultquotaspanel.h")
    const bool hasDefaultQuotas = true;
#else
    const bool hasDefaultQuotas = false;
#endif

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
        demoPassword = test::demoPassword(lab.engine->dataDir().path(), QStringLiteral("Member"));
        QVERIFY(!demoPassword.isEmpty());
    }

    void administratorSeesAdminIdentityAndSettings()
    {
        MainWindow window(*lab.engine, lab.admin);
        QCOMPARE(window.navigation()->sectionTitles(), (QStringList{"Project", "Admin", "Identity", "Settings"}));
        QStringList keys{"project/instances",        "project/images",           "project/key-pairs",
                         "project/server-groups",    "project/classroom-wall",   "project/volumes",
                         "project/volume-backups",   "project/volume-snapshots", "project/network-topology",
                         "project/networks",
                         "project/routers",          "project/security-groups",  "project/floating-ips",
                         "admin/hypervisors",        "admin/instances",          "admin/flavors",
                         "admin/images",             "admin/volumes",            "admin/volume-backups",
                         "admin/volume-snapshots",   "admin/volume-types",       "admin/networks",
                         "admin/routers",
                         "admin/floating-ips"};
        if (hasDefaultQuotas)
            keys.append(QStringLiteral("admin/default-quotas"));
        keys.append(QStringLiteral("admin/system-information"));
        if (hasProjects)
            keys.append(QStringLiteral("identity/projects"));
        keys += QStringList{"identity/users", "identity/groups", "identity/roles", "settings/user",
                            "settings/password"};
        QCOMPARE(window.navigation()->panelKeys(), keys);
        QCOMPARE(window.currentPanel(), QStringLiteral("project/instances"));
        QVERIFY(window.showPanel(QStringLiteral("admin/system-information")));
        QCOMPARE(window.panel(QStringLiteral("admin/system-information"))->title(),
                 QStringLiteral("System Information"));
        QCOMPARE(window.panel(QStringLiteral("identity/users"))->title(), QStringLiteral("Users"));
        QVERIFY(window.taskDock()->toggleViewAction()->isVisible());
    }

    void memberSeesNoAdminAndNoIdentityManagement()
    {
        auto session = lab.engine->auth().login(QStringLiteral("demo"), demoPassword);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        MainWindow window(*lab.engine, *session);
        // Hidden, not greyed: the headings and panels are simply not there.
        QStringList sections{"Settings"};
        QStringList keys{"settings/user", "settings/password"};
        if (hasProjects) {
            sections.prepend(QStringLiteral("Identity"));
            keys.prepend(QStringLiteral("identity/projects"));
        }
        sections.prepend(QStringLiteral("Project"));
        keys = QStringList{"project/instances",     "project/images",           "project/key-pairs",
                           "project/server-groups", "project/classroom-wall",   "project/volumes",
                           "project/volume-backups", "project/volume-snapshots", "project/network-topology",
                           "project/networks",
                           "project/routers",       "project/security-groups",  "project/floating-ips"} +
               keys;
        QCOMPARE(window.navigation()->sectionTitles(), sections);
        QCOMPARE(window.navigation()->panelKeys(), keys);
        for (const char *key : {"identity/users", "identity/groups", "identity/roles", "admin/hypervisors"})
            QVERIFY(!window.panel(QLatin1String(key)));
        // The whole cloud's tasks are not a member's to see.
        QVERIFY(!window.taskDock()->toggleViewAction()->isVisible());
        QVERIFY(!window.taskDock()->isVisibleTo(&window));
        QCOMPARE(window.headerBar()->userButton()->text(), QStringLiteral("demo"));
        QCOMPARE(window.headerBar()->projectCombo()->currentText(), QStringLiteral("demo"));
        (void)lab.engine->auth().revoke(session->token);
    }

    void headerShowsProjectAndUser()
    {
        MainWindow window(*lab.engine, lab.admin);
        QComboBox *projects = window.headerBar()->projectCombo();
        QCOMPARE(projects->currentText(), QStringLiteral("admin"));
        // The demo lab has projects admin and demo, but the administrator holds a role on admin only:
        // nothing to switch to, and the tooltip says so.
        QVERIFY(!projects->isEnabled());
        QVERIFY(!projects->toolTip().isEmpty());
        QCOMPARE(window.headerBar()->userButton()->text(), QStringLiteral("admin"));
        QStringList items;
        for (QAction *a : window.headerBar()->userButton()->menu()->actions())
            items.append(a->isSeparator() ? QStringLiteral("-") : a->text());
        QCOMPARE(items,
                 (QStringList{"Settings", "Change Password", "About StackDesk", "-", "Sign Out", "Quit"}));
        emit window.headerBar()->changePasswordRequested();
        QCOMPARE(window.currentPanel(), QStringLiteral("settings/password"));
    }

    void switchingProjectRescopesTheTokenAndRebuildsThePanels()
    {
        // A user with roles on both projects: admin on admin, member on demo.
        UserSpec spec;
        spec.name = QStringLiteral("operator");
        spec.password = QStringLiteral("operator password");
        spec.primaryProject = QStringLiteral("admin");
        QVERIFY(lab.engine->users().create(lab.admin, spec).ok());
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, spec.name, QStringLiteral("admin"), QStringLiteral("admin"))
                    .ok());
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, spec.name, QStringLiteral("demo"), QStringLiteral("member"))
                    .ok());
        auto session = lab.engine->auth().login(spec.name, spec.password);
        QVERIFY(session.ok());
        MainWindow window(*lab.engine, *session);
        QComboBox *projects = window.headerBar()->projectCombo();
        QVERIFY(projects->isEnabled());
        QCOMPARE(projects->count(), 2);
        QVERIFY(window.panel(QStringLiteral("identity/users")));

        projects->setCurrentText(QStringLiteral("demo")); // as the user picks it
        QCOMPARE(window.context().projectName, QStringLiteral("demo"));
        QCOMPARE(window.context().roles, QStringList{QStringLiteral("member")});
        QVERIFY(window.token() != session->token);
        QVERIFY(!lab.engine->auth().validate(session->token).ok()); // the old token is gone
        QCOMPARE(lab.engine->auth().validate(window.token())->projectName, QStringLiteral("demo"));
        // Rebuilt for a member: no identity management any more.
        QVERIFY(!window.panel(QStringLiteral("identity/users")));
        QCOMPARE(projects->currentText(), QStringLiteral("demo"));

        QVERIFY(window.switchProject(QStringLiteral("admin")));
        QVERIFY(window.panel(QStringLiteral("identity/users")));
        window.signOut();
        QVERIFY(window.token().isEmpty());
    }

    void switchingProjectWithoutATokenUsesTheEngine()
    {
        // The demo administrator (no token) given a role on demo too: the switcher follows at once.
        MainWindow window(*lab.engine, lab.admin);
        QCOMPARE(window.headerBar()->projectCombo()->count(), 1);
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, QStringLiteral("admin"), QStringLiteral("demo"),
                                  QStringLiteral("reader"))
                    .ok());
        QCOMPARE(window.headerBar()->projectCombo()->count(), 2);
        QVERIFY(window.switchProject(QStringLiteral("demo")));
        QCOMPARE(window.context().projectName, QStringLiteral("demo"));
        QVERIFY(!window.panel(QStringLiteral("identity/users")));
        QVERIFY(!window.switchProject(QStringLiteral("no-such-project")));
        QCOMPARE(window.context().projectName, QStringLiteral("demo"));
        QCOMPARE(window.notifications()->banners().size(), 1); // the engine's refusal
        QVERIFY(lab.engine->roles()
                    .unassignFromUser(lab.admin, QStringLiteral("admin"), QStringLiteral("demo"),
                                      QStringLiteral("reader"))
                    .ok());
    }

    void signOutRevokesTheTokenAndCloses()
    {
        auto session = lab.engine->auth().login(QStringLiteral("demo"), demoPassword);
        QVERIFY(session.ok());
        MainWindow window(*lab.engine, *session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        QSignalSpy closed(&window, &MainWindow::closed);
        emit window.headerBar()->signOutRequested();
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(closed.size(), 1);
        QVERIFY(!window.isVisible());
        QVERIFY(!lab.engine->auth().validate(session->token).ok());
    }

    void changedPasswordSignsOut()
    {
        UserSpec spec;
        spec.name = QStringLiteral("student");
        spec.password = QStringLiteral("first password");
        spec.primaryProject = QStringLiteral("demo");
        QVERIFY(lab.engine->users().create(lab.admin, spec).ok());
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, spec.name, QStringLiteral("demo"), QStringLiteral("member"))
                    .ok());
        auto session = lab.engine->auth().login(spec.name, spec.password);
        QVERIFY(session.ok());
        MainWindow window(*lab.engine, *session);
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        auto *panel = qobject_cast<ChangePasswordPanel *>(window.panel(QStringLiteral("settings/password")));
        QVERIFY(panel);
        emit panel->signOutRequested(QStringLiteral("Password changed. Please log in again to continue."));
        QTRY_COMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut.first().first().toString(),
                 QStringLiteral("Password changed. Please log in again to continue."));
    }

    void engineNotificationsBecomeBanners()
    {
        MainWindow window(*lab.engine, lab.admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit lab.engine->notification(QStringLiteral("Host compute-2 is down"), QStringLiteral("raw cause"));
        emit lab.engine->notification(QStringLiteral("Second"), QString());
        const auto banners = window.notifications()->banners();
        QCOMPARE(banners.size(), 2);
        QCOMPARE(banners.first()->message(), QStringLiteral("Host compute-2 is down"));
        QVERIFY(window.notifications()->isVisible());
        banners.first()->dismiss();
        QTRY_COMPARE(window.notifications()->banners().size(), 1);
        window.notifications()->banners().first()->dismiss();
        QTRY_VERIFY(!window.notifications()->isVisible());
    }

    void tasksDockFollowsTasks()
    {
        MainWindow window(*lab.engine, lab.admin);
        TaskModel *tasks = window.taskDock()->model();
        const int before = tasks->rowCount();
        HostSpec spec;
        spec.name = QStringLiteral("compute-5");
        spec.uri = QStringLiteral("test:///default");
        auto id = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(id.ok());
        QTRY_COMPARE(tasks->rowCount(), before + 1);
        QTRY_COMPARE(tasks->index(tasks->rowOf(*id), TaskModel::State).data().toString(),
                     QStringLiteral("Succeeded"));
    }

    void settingsRoundTripRestoresTheLayout()
    {
        const QRect geometry(120, 90, 1100, 720);
        {
            MainWindow window(*lab.engine, lab.admin);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(geometry);
            window.showPanel(QStringLiteral("admin/system-information"));
            window.close(); // saves, like a user quitting
        }
        MainWindow again(*lab.engine, lab.admin);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), geometry.size());
        QCOMPARE(again.currentPanel(), QStringLiteral("admin/system-information"));
    }

    void userSettingsStoreTheLanguageAndResetTheLayout()
    {
        MainWindow window(*lab.engine, lab.admin);
        auto *settings = qobject_cast<UserSettingsPanel *>(window.panel(QStringLiteral("settings/user")));
        QVERIFY(settings);
        QComboBox *language = settings->languageCombo();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::effectiveLanguage(QString()), QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::effectiveLanguage(QStringLiteral("en")), QStringLiteral("en")); // --lang wins
        language->setCurrentIndex(0);
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));

        window.saveSettings();
        QVERIFY(QSettings().contains(QStringLiteral("mainwindow/geometry")));
        settings->resetLayoutButton()->click();
        QVERIFY(!QSettings().contains(QStringLiteral("mainwindow/geometry")));
        QVERIFY(!window.taskDock()->isFloating());
    }

    void itemsPerPageIsStoredAndSetsHowFarTablesPage()
    {
        MainWindow window(*lab.engine, lab.admin);
        auto *settings = qobject_cast<UserSettingsPanel *>(window.panel(QStringLiteral("settings/user")));
        QCOMPARE(settings->itemsPerPageSpin()->value(), 20); // Horizon's default
        QCOMPARE(settings->itemsPerPageSpin()->maximum(), 1000);
        QCOMPARE(settings->logLinesSpin()->value(), 35);
        QVERIFY(!settings->itemsPerPageSpin()->toolTip().isEmpty());
        settings->itemsPerPageSpin()->setValue(7);
        settings->logLinesSpin()->setValue(100);
        QCOMPARE(QSettings().value(QStringLiteral("ui/itemsPerPage")).toInt(), 7);
        QCOMPARE(AppSettings::logLines(), 100);
        auto *users = qobject_cast<UsersPanel *>(window.panel(QStringLiteral("identity/users")));
        QVERIFY(users);
        QTableView *table = users->table()->view();
        auto *stepper = table->findChild<PageStepper *>();
        QVERIFY(stepper);
        QCOMPARE(stepper->rows(), 7);

        // Page Down moves the current row by that many rows.
        for (int i = 0; i < 12; ++i) {
            UserSpec spec;
            spec.name = QStringLiteral("paging-%1").arg(i, 2, 10, QLatin1Char('0'));
            spec.password = QStringLiteral("paging password");
            QVERIFY(lab.engine->users().create(lab.admin, spec).ok());
        }
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_PageDown);
        QCOMPARE(table->currentIndex().row(), 7);
        QTest::keyClick(table, Qt::Key_PageUp);
        QCOMPARE(table->currentIndex().row(), 0);
        QSettings().remove(QStringLiteral("ui/itemsPerPage"));
        QSettings().remove(QStringLiteral("ui/logLines"));
    }
};

SD_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The main window: only the sections that have panels, the header, the tasks dock, notifications, and
// the layout kept across starts.

#include "viewtestlab.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "models/taskmodel.h"
#include "panels/panel.h"
#include "panels/usersettingspanel.h"
#include "widgets/headerbar.h"
#include "widgets/navigationtree.h"
#include "widgets/notificationarea.h"
#include "widgets/notificationbanner.h"
#include "widgets/taskdock.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

using namespace sd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
    }

    void showsOnlyTheSectionsThatHavePanels()
    {
        MainWindow window(*lab.engine, lab.admin);
        // No Project or Identity panels exist yet: those headings are not shown at all.
        QCOMPARE(window.navigation()->sectionTitles(), (QStringList{"Admin", "Settings"}));
        QCOMPARE(window.navigation()->panelKeys(),
                 (QStringList{"admin/hypervisors", "admin/system-information", "settings/user"}));
        QCOMPARE(window.currentPanel(), QStringLiteral("admin/hypervisors"));
        QVERIFY(window.showPanel(QStringLiteral("admin/system-information")));
        QCOMPARE(window.panel(QStringLiteral("admin/system-information"))->title(),
                 QStringLiteral("System Information"));
    }

    void headerShowsProjectAndUser()
    {
        MainWindow window(*lab.engine, lab.admin);
        QComboBox *projects = window.headerBar()->projectCombo();
        QCOMPARE(projects->currentText(), QStringLiteral("admin"));
        // One project only: nothing to switch to, and the tooltip says so.
        QVERIFY(!projects->isEnabled());
        QVERIFY(!projects->toolTip().isEmpty());
        QCOMPARE(window.headerBar()->userButton()->text(), QStringLiteral("admin"));
        QCOMPARE(window.headerBar()->userButton()->menu()->actions().size(), 4); // 3 items + separator
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
};

SD_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

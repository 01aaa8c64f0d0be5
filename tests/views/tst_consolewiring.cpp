// Where the consoles are reached in the GUI (issue 7, Deliver 6): the Instances action "Console", the
// instance details' Console tab, the topology's Open Console and the Classroom Wall panel, all following
// the cloud's console type setting; on the demo lab's simulated hosts each says "no display" in the
// engine's words instead of showing an empty viewer.

#include "instancelab.h"

#include "console/consolelauncher.h"
#include "console/consoleservice.h"
#include "panels/classroomwallpanel.h"
#include "panels/instanceactions.h"
#include "panels/instanceconsoletab.h"
#include "panels/instancedetailsdialog.h"
#include "panels/instancelogtab.h"
#include "panels/instancespanel.h"
#include "panels/usersettingspanel.h"

#include "appsettings.h"
#include "console/classroomwall.h"
#include "panels/instancelogtab.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace sd;

class TestConsoleWiring : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    QString web;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        auto made = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web")));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        web = made->id;
    }

    void theConsoleActionSaysWhyItCannotOpen()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QAction *console = panel.actions()->consoleAction();
        QVERIFY(console->isVisible());
        QVERIFY(!console->isEnabled()); // nothing selected
        panel.selectInstances({QStringLiteral("web")});
        QVERIFY(!console->isEnabled());
        QVERIFY2(console->toolTip().contains(QStringLiteral("no display")), qPrintable(console->toolTip()));
        QVERIFY(panel.actions()->menuActions().contains(console));
    }

    void theConsoleTabConnectsWhenShown()
    {
        InstanceDetailsDialog details(*lab.engine, lab.demo, web);
        QVERIFY(details.tabs()->isTabVisible(InstanceDetailsDialog::ConsoleTab));
        QVERIFY(details.consoleText().contains(QStringLiteral("when this tab is shown")));
        details.showTab(InstanceDetailsDialog::ConsoleTab);
        QTRY_VERIFY2(details.consoleText().contains(QStringLiteral("no display")), qPrintable(details.consoleText()));
        QVERIFY(!details.consoleTab()->graphicsSession());
        QVERIFY(!details.consoleTab()->serialSession());
    }

    void theLogTabStartsAtTheSettingsLineCount()
    {
        InstanceDetailsDialog details(*lab.engine, lab.demo, web);
        QCOMPARE(details.logTab()->linesBox()->value(), AppSettings::logLines());
    }

    void theClassroomWallSaysWhichScreensAreMissing()
    {
        ClassroomWallPanel panel(*lab.engine, lab.demo);
        panel.reload();
        QTRY_VERIFY2(panel.summaryText().contains(QStringLiteral("None of the running instances has a screen")), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("no display")));
        QCOMPARE(panel.wall()->count(), 0);
        // For a person to look at: SD_CONSOLE_SHOT_DIR=/tmp (as the console views' tests).
        if (const QString dir = qEnvironmentVariable("SD_CONSOLE_SHOT_DIR"); !dir.isEmpty()) {
            panel.resize(900, 420);
            panel.grab().save(dir + QStringLiteral("/sd-console-wall-panel.png"));
        }
    }

    void theLauncherReportsARefusal()
    {
        ConsoleLauncher launcher(*lab.engine, lab.demo);
        QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
        launcher.open(web);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no display")));
        QVERIFY(!ConsoleLauncher::windowOf(web));
    }

    void consoleTypeNoneHidesTheConsoles()
    {
        // Members see the setting but may not change it.
        {
            UserSettingsPanel settings(*lab.engine, lab.demo);
            QVERIFY(!settings.consoleTypeCombo()->isEnabled());
        }
        UserSettingsPanel settings(*lab.engine, lab.admin);
        QComboBox *combo = settings.consoleTypeCombo();
        QVERIFY(combo->isEnabled());
        if (const QString dir = qEnvironmentVariable("SD_CONSOLE_SHOT_DIR"); !dir.isEmpty()) {
            settings.resize(800, 480);
            settings.grab().save(dir + QStringLiteral("/sd-console-settings.png"));
        }
        combo->setCurrentIndex(combo->findData(int(ConsoleType::None)));
        QCOMPARE(lab.engine->consoles().consoleType(), ConsoleType::None);
        {
            InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
            QVERIFY(!panel.actions()->consoleAction()->isVisible());
            InstanceDetailsDialog details(*lab.engine, lab.demo, web);
            QVERIFY(!details.tabs()->isTabVisible(InstanceDetailsDialog::ConsoleTab));
        }
        combo->setCurrentIndex(combo->findData(int(ConsoleType::Auto)));
        QCOMPARE(lab.engine->consoles().consoleType(), ConsoleType::Auto);
    }
};

QTEST_MAIN(TestConsoleWiring)
#include "tst_consolewiring.moc"

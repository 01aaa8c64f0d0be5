// Project › Compute › Instances and Admin › Compute › Instances: every action gated by ActionGate with
// its reason as the tooltip, bulk power actions that really change the simulated hosts' instances,
// delete with one confirmation, Launch disabled on quota, and the instance details.

#include "instancelab.h"
#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/editinstancedialog.h"
#include "dialogs/metadatadialog.h"
#include "models/instancemodel.h"
#include "models/portmodel.h"
#include "panels/instanceactionlogtab.h"
#include "panels/instanceactions.h"
#include "panels/instancedetailsdialog.h"
#include "panels/instancelogtab.h"
#include "panels/instanceoverview.h"
#include "panels/instancespanel.h"

#include "quota/quotaservice.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace sd;
using A = InstanceAction;

class TestInstancesPanel : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    QString web;
    QString app;

    QString statusOf(const QString &id)
    {
        auto i = lab.engine->instances().show(lab.demo, id);
        return i ? i->status() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        for (const char *name : {"web", "app"}) {
            auto made = lab.launchAndWait(lab.demo, lab.spec(QLatin1String(name)));
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
            QCOMPARE(made->status(), QStringLiteral("ACTIVE"));
            (QLatin1String(name) == QLatin1String("web") ? web : app) = made->id;
        }
    }

    void actionsFollowTheGates()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceActions *actions = panel.actions();
        QVERIFY(!actions->action(A::Start)->isEnabled());
        panel.selectInstances({QStringLiteral("web")});
        QCOMPARE(panel.selectedInstances().size(), 1);
        // The gate's own sentence is the disabled action's tooltip.
        QVERIFY(!actions->action(A::Start)->isEnabled());
        QCOMPARE(actions->action(A::Start)->toolTip(),
                 QStringLiteral("Instance web is ACTIVE: Start needs it SHUTOFF"));
        QVERIFY(!actions->action(A::Resume)->isEnabled());
        QVERIFY(!actions->action(A::Unpause)->isEnabled());
        QVERIFY(!actions->action(A::Unlock)->isEnabled());
        QCOMPARE(actions->action(A::Unlock)->toolTip(), QStringLiteral("Instance web is not locked"));
        for (A a : {A::Stop, A::Reboot, A::HardReboot, A::Pause, A::Suspend, A::Lock, A::Update, A::Delete})
            QVERIFY2(actions->action(a)->isEnabled(), qPrintable(ActionGate::label(a)));
        QVERIFY(actions->detailsAction()->isEnabled());
        QVERIFY(actions->logAction()->isEnabled());
        QVERIFY(actions->metadataAction()->isEnabled());
        // Horizon's More Actions: the bulk power actions.
        QCOMPARE(actions->moreMenu()->actions(),
                 (QList<QAction *>{actions->action(A::Start), actions->action(A::Stop),
                                   actions->action(A::Reboot)}));
        // Horizon's menu: View Details, then Console, then View Log.
        QCOMPARE(actions->menuActions().mid(0, 3),
                 (QList<QAction *>{actions->detailsAction(), actions->consoleAction(), actions->logAction()}));
        panel.selectInstances({QStringLiteral("web"), QStringLiteral("app")});
        QVERIFY(!actions->action(A::Update)->isEnabled());
        QVERIFY(!actions->detailsAction()->isEnabled());
        QCOMPARE(actions->deleteAction()->text(), QStringLiteral("Delete Instances…"));
    }

    void bulkStopAndStartChangeTheInstances()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.selectInstances({QStringLiteral("web"), QStringLiteral("app")});
        panel.actions()->action(A::Stop)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("SHUTOFF")));
        QVERIFY(lab.waitForStatus(lab.demo, app, QStringLiteral("SHUTOFF")));
        InstanceModel *model = panel.model();
        QTRY_COMPARE(
            model->index(model->rowOf(app), model->columnOf(InstanceModel::PowerState)).data().toString(),
            QStringLiteral("Shut Down"));
        // The rows changed under the same selection; the gates moved with them.
        QTRY_VERIFY(panel.actions()->action(A::Start)->isEnabled());
        QVERIFY(!panel.actions()->action(A::Stop)->isEnabled());
        panel.actions()->action(A::Start)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));
        QVERIFY(lab.waitForStatus(lab.demo, app, QStringLiteral("ACTIVE")));
        QTRY_COMPARE(
            model->index(model->rowOf(web), model->columnOf(InstanceModel::Status)).data().toString(),
            QStringLiteral("Active"));
    }

    void mixedSelectionSkipsWhatTheGateRefuses()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QVERIFY(lab.act(lab.demo, app, A::Stop).ok());
        QTRY_COMPARE(panel.model()->itemAt(panel.model()->rowOf(app)).status(), QStringLiteral("SHUTOFF"));
        panel.selectInstances({QStringLiteral("web"), QStringLiteral("app")});
        QSignalSpy notes(&panel, &Panel::notify);
        QVERIFY(panel.actions()->action(A::Start)->isEnabled());
        panel.actions()->action(A::Start)->trigger();
        QCOMPARE(notes.count(), 1);
        QVERIFY(notes.first().at(1).toString().contains(QStringLiteral("Instance web is ACTIVE")));
        QVERIFY(lab.waitForStatus(lab.demo, app, QStringLiteral("ACTIVE")));
        QCOMPARE(statusOf(web), QStringLiteral("ACTIVE"));
    }

    void pauseSuspendAndLock()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.selectInstances({QStringLiteral("web")});
        panel.actions()->action(A::Pause)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("PAUSED")));
        QTRY_VERIFY(panel.actions()->action(A::Unpause)->isEnabled());
        panel.actions()->action(A::Unpause)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));
        QTRY_VERIFY(panel.actions()->action(A::Suspend)->isEnabled());
        panel.actions()->action(A::Suspend)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("SUSPENDED")));
        QTRY_VERIFY(panel.actions()->action(A::Resume)->isEnabled());
        panel.actions()->action(A::Resume)->trigger();
        QVERIFY(lab.waitForStatus(lab.demo, web, QStringLiteral("ACTIVE")));

        QTRY_VERIFY(panel.actions()->action(A::Lock)->isEnabled());
        panel.actions()->action(A::Lock)->trigger();
        InstanceModel *model = panel.model();
        QTRY_COMPARE(model->index(model->rowOf(web), model->columnOf(InstanceModel::Lock))
                         .data(Qt::ToolTipRole)
                         .toString(),
                     QStringLiteral("Locked by its owner"));
        // A member's locked instance refuses everything but Unlock, and says so.
        QTRY_VERIFY(!panel.actions()->action(A::Stop)->isEnabled());
        QCOMPARE(panel.actions()->action(A::Stop)->toolTip(),
                 QStringLiteral("Instance web is locked: unlock it before Shut Off"));
        QCOMPARE(panel.actions()->action(A::Lock)->toolTip(),
                 QStringLiteral("Instance web is already locked"));
        QVERIFY(panel.actions()->action(A::Unlock)->isEnabled());
        panel.actions()->action(A::Unlock)->trigger();
        QTRY_VERIFY(panel.actions()->action(A::Stop)->isEnabled());
    }

    void hardRebootAsksOnceForTheSelection()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.show();
        panel.selectInstances({QStringLiteral("web"), QStringLiteral("app")});
        panel.actions()->action(A::HardReboot)->trigger();
        auto *box = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("HardRebootInstanceConfirmation"));
        QVERIFY(box->text().contains(QStringLiteral("web")) && box->text().contains(QStringLiteral("app")));
        box->reject();
        QTest::qWait(50);
        QCOMPARE(statusOf(web), QStringLiteral("ACTIVE"));
    }

    void editAndMetadata()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.show();
        panel.selectInstances({QStringLiteral("app")});
        panel.actions()->editAction()->trigger();
        auto *edit = test::openedDialog<EditInstanceDialog>(&panel);
        QVERIFY(edit);
        edit->nameEdit()->setText(QString(300, QLatin1Char('x')));
        QVERIFY(!edit->okButton()->isEnabled());
        QVERIFY(!edit->problemText().isEmpty());
        edit->nameEdit()->setText(QStringLiteral("app-renamed"));
        QVERIFY(edit->okButton()->isEnabled());
        edit->okButton()->click();
        QTRY_COMPARE(lab.engine->instances().show(lab.demo, app)->name, QStringLiteral("app-renamed"));
        QTRY_VERIFY(panel.model()->items().at(panel.model()->rowOf(app)).name ==
                    QLatin1String("app-renamed"));

        panel.selectInstances({QStringLiteral("app-renamed")});
        panel.actions()->metadataAction()->trigger();
        auto *metadata = test::openedDialog<MetadataDialog>(&panel);
        QVERIFY(metadata);
        metadata->keyEdit()->setText(QStringLiteral("role"));
        metadata->valueEdit()->setText(QString(256, QLatin1Char('v')));
        QVERIFY(!metadata->addProblem().isEmpty());
        metadata->valueEdit()->setText(QStringLiteral("backend"));
        metadata->addButton()->click();
        metadata->saveButton()->click();
        QTRY_COMPARE(lab.engine->instances().show(lab.demo, app)->metadata.value(QStringLiteral("role")),
                     QStringLiteral("backend"));
    }

    void detailsShowEveryTab()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.show();
        panel.selectInstances({QStringLiteral("web")});
        panel.actions()->logAction()->trigger();
        auto *details = test::openedDialog<InstanceDetailsDialog>(&panel);
        QVERIFY(details);
        QCOMPARE(details->tabs()->currentIndex(), int(InstanceDetailsDialog::LogTab));
        QCOMPARE(details->tabs()->count(), 5);
        QCOMPARE(details->overview()->valueOf(QStringLiteral("Name")), QStringLiteral("web"));
        QCOMPARE(details->overview()->valueOf(QStringLiteral("Flavor Name")), QStringLiteral("m1.tiny"));
        QCOMPARE(details->overview()->valueOf(QStringLiteral("vCPUs")), QStringLiteral("1"));
        QCOMPARE(details->overview()->valueOf(QStringLiteral("Image Name")), QStringLiteral("tiny"));
        QVERIFY(!details->overview()->valueOf(QStringLiteral("private")).isEmpty());
        // A simulated host has no console output; the engine's refusal is the tab's text.
        QTRY_VERIFY(details->logTab()->text().contains(QStringLiteral("simulated host")));
        QCOMPARE(details->portModel()->rowCount(), 1);
        // The Console tab connects when it is shown; a simulated host has no display, said so.
        details->showTab(InstanceDetailsDialog::ConsoleTab);
        QTRY_VERIFY2(details->consoleText().contains(QStringLiteral("no display")), qPrintable(details->consoleText()));
        QVERIFY(details->actionLog()->topLevelItemCount() > 0);
        // Asking again brings back the open window on the tab asked for.
        panel.actions()->detailsAction()->trigger();
        QCOMPARE(panel.findChildren<InstanceDetailsDialog *>().size(), 1);
        QCOMPARE(details->tabs()->currentIndex(), int(InstanceDetailsDialog::OverviewTab));
    }

    void launchSaysQuotaExceeded()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QVERIFY(panel.actions()->launchAction()->isEnabled());
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 2}})
                    .ok());
        panel.actions()->updateLaunch();
        QVERIFY(!panel.actions()->launchAction()->isEnabled());
        QCOMPARE(panel.actions()->launchAction()->text(), QStringLiteral("Launch Instance (Quota exceeded)"));
        QVERIFY(panel.actions()->launchAction()->toolTip().contains(QStringLiteral("instances quota (2)")));
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 10}})
                    .ok());
        panel.actions()->updateLaunch();
        QVERIFY(panel.actions()->launchAction()->isEnabled());
        // The admin table launches nothing (Horizon's Admin › Instances has no Launch).
        InstancesPanel admin(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        QVERIFY(!admin.actions()->launchAction()->isVisible());
        QCOMPARE(admin.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Project"));
    }

    void deleteAsksOnceAndRemovesTheRows()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 2);
        panel.selectInstances({QStringLiteral("web"), QStringLiteral("app-renamed")});
        panel.actions()->deleteAction()->trigger();
        auto *box = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("DeleteInstanceConfirmation"));
        QVERIFY(box->informativeText().contains(QStringLiteral("Deleted instances are not recoverable")));
        QAbstractButton *remove = test::destructiveButton(box);
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 0, 20000);
        QVERIFY(!lab.engine->instances().show(lab.demo, web).ok());
    }
};

SD_GUI_TEST_MAIN(TestInstancesPanel)
#include "tst_instancespanel.moc"

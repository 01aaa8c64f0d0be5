// Instances › Attach Volume and Detach Volume on a simulated instance: the gates (ACTIVE or SHUTOFF, a
// volume to detach), the forms checking what is typed, the volume really attached and detached by the
// engine's task, and the instance's Overview listing "<volume> on /dev/vdX" under Volumes Attached.

#include "viewhelpers.h"
#include "viewtestlab.h"
#include "volumelab.h"

#include "dialogs/attachvolumedialog.h"
#include "dialogs/detachvolumedialog.h"
#include "panels/instanceactions.h"
#include "panels/instancedetailsdialog.h"
#include "panels/instanceoverview.h"
#include "panels/instancespanel.h"
#include "panels/instancevolumeactions.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>

using namespace sd;
using A = InstanceAction;

class TestInstanceVolumeActions : public QObject
{
    Q_OBJECT

    test::VolumeLab lab;
    QString web;
    QString diskId;
    QString farId; // an available volume on another host than web's

    Instance instance(const QString &id)
    {
        auto i = lab.engine->instances().show(lab.admin, id);
        return i ? *i : Instance();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        auto made = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web")));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(made->status(), QStringLiteral("ACTIVE"));
        web = made->id;
        auto disk = lab.volumeBeside(lab.demo, *made, QStringLiteral("disk-1"), 1);
        QVERIFY2(disk.ok(), disk.ok() ? "" : qPrintable(disk.error().message));
        QCOMPARE(disk->status, VolumeStatus::Available);
        diskId = disk->id;
        // The next volume goes to the host with the fewest GiB: not web's, which now holds disk-1.
        auto far = lab.makeVolume(lab.demo, QStringLiteral("far-1"), 1);
        QVERIFY2(far.ok(), far.ok() ? "" : qPrintable(far.error().message));
        QVERIFY(far->hostId != made->hostId);
        farId = far->id;
    }

    void actionsAreInTheMenuAndFollowTheGates()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceVolumeActions *volumes = panel.actions()->volumeActions();
        QVERIFY(panel.actions()->menuActions().contains(volumes->attachAction()));
        QVERIFY(panel.actions()->menuActions().contains(volumes->detachAction()));
        QVERIFY(volumes->attachAction()->isVisible());
        QVERIFY(!volumes->attachAction()->isEnabled());
        QCOMPARE(volumes->attachAction()->toolTip(), QStringLiteral("Select one instance"));
        panel.selectInstances({QStringLiteral("web")});
        QVERIFY(volumes->attachAction()->isEnabled());
        QVERIFY(!volumes->detachAction()->isEnabled());
        QCOMPARE(volumes->detachAction()->toolTip(), QStringLiteral("Instance web has no volume attached"));

        // Horizon's gate: ACTIVE (and here SHUTOFF too); a paused instance takes no volume.
        QVERIFY(lab.act(lab.demo, web, A::Pause).ok());
        QTRY_VERIFY(!volumes->attachAction()->isEnabled());
        QCOMPARE(volumes->attachAction()->toolTip(),
                 QStringLiteral("Instance web is PAUSED: Attach Volume needs it ACTIVE or SHUTOFF"));
        QVERIFY(lab.act(lab.demo, web, A::Unpause).ok());
        QTRY_VERIFY(volumes->attachAction()->isEnabled());
    }

    void attachChecksTheDeviceThenAttaches()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceVolumeActions *volumes = panel.actions()->volumeActions();
        panel.selectInstances({QStringLiteral("web")});
        volumes->attachAction()->trigger();
        auto *dialog = test::openedDialog<AttachVolumeDialog>(&panel);
        QVERIFY(dialog);
        QComboBox *combo = dialog->volumeCombo();
        QVERIFY(combo->findData(diskId) >= 0);
        // A volume on another host's disk is listed, but cannot be chosen, and says why.
        {
            const int far = combo->findData(farId);
            QVERIFY(far >= 0);
            auto *items = qobject_cast<QStandardItemModel *>(combo->model());
            QVERIFY(items && !items->item(far)->isEnabled());
            QVERIFY(items->item(far)->text().contains(QStringLiteral(" — on host ")));
            QVERIFY(combo->currentIndex() != far);
        }
        combo->setCurrentIndex(combo->findData(diskId));
        QVERIFY(combo->currentText().startsWith(QStringLiteral("disk-1 (1 GiB")));
        dialog->deviceEdit()->setText(QStringLiteral("sdb"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral(
                     "Device Name sdb: write /dev/vdb to /dev/vdz, or leave it empty for the next free one"));
        dialog->deviceEdit()->setText(QStringLiteral("/dev/vdc"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(lab.waitForVolume(diskId, VolumeStatus::InUse));
        auto disk = lab.volume(diskId);
        QVERIFY(disk->attachment);
        QCOMPARE(disk->attachment->instanceId, web);
        QVERIFY2(disk->attachment->device.endsWith(QStringLiteral("vdc")),
                 qPrintable(disk->attachment->device));
        // Detach follows the volume without the selection changing.
        QTRY_VERIFY(volumes->detachAction()->isEnabled());
        // An in-use volume is no longer offered to attach.
        volumes->attachAction()->trigger();
        auto *again = test::openedDialog<AttachVolumeDialog>(&panel);
        QVERIFY(again);
        QCOMPARE(again->volumeCombo()->findData(diskId), -1);
        again->reject();
    }

    void overviewListsTheAttachedVolume()
    {
        InstanceDetailsDialog details(*lab.engine, lab.demo, web);
        const QString expected =
            QStringLiteral("disk-1 on %1 (1 GiB)").arg(lab.volume(diskId)->attachment->device);
        QCOMPARE(details.overview()->valueOf(QStringLiteral("Attached To")), expected);
        const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
        if (!dir.isEmpty()) {
            details.resize(760, 900);
            details.show();
            QVERIFY(QTest::qWaitForWindowExposed(&details));
            // The last group is the one to look at.
            if (auto *scroll = details.findChild<QScrollArea *>())
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QTest::qWait(50);
            QVERIFY(details.grab().save(dir + QStringLiteral("/instance-overview-volume.png")));
        }
    }

    void detachUnplugsTheVolume()
    {
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceVolumeActions *volumes = panel.actions()->volumeActions();
        panel.selectInstances({QStringLiteral("web")});
        QVERIFY(volumes->detachAction()->isEnabled());
        InstanceDetailsDialog details(*lab.engine, lab.demo, web);
        volumes->detachAction()->trigger();
        auto *dialog = test::openedDialog<DetachVolumeDialog>(&panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->volumeCombo()->count(), 1);
        QCOMPARE(dialog->volumeCombo()->currentData().toString(), diskId);
        QVERIFY(dialog->volumeCombo()->currentText().startsWith(QStringLiteral("disk-1 on ")));
        dialog->okButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(lab.waitForVolume(diskId, VolumeStatus::Available));
        QVERIFY(!lab.volume(diskId)->attachment);
        QTRY_VERIFY(!volumes->detachAction()->isEnabled());
        // The open details window follows: no volume attached any more.
        QTRY_COMPARE(details.overview()->valueOf(QStringLiteral("Volume")),
                     QStringLiteral("No volumes attached."));
        QCOMPARE(details.overview()->valueOf(QStringLiteral("Attached To")), QString());
    }

    void shutOffInstanceTakesAVolume()
    {
        QVERIFY(lab.act(lab.demo, web, A::Stop).ok());
        QCOMPARE(instance(web).status(), QStringLiteral("SHUTOFF"));
        InstancesPanel panel(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceVolumeActions *volumes = panel.actions()->volumeActions();
        panel.selectInstances({QStringLiteral("web")});
        QVERIFY(volumes->attachAction()->isEnabled());
        volumes->attachAction()->trigger();
        auto *dialog = test::openedDialog<AttachVolumeDialog>(&panel);
        QVERIFY(dialog);
        dialog->volumeCombo()->setCurrentIndex(dialog->volumeCombo()->findData(diskId));
        dialog->okButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(lab.waitForVolume(diskId, VolumeStatus::InUse));
        // Empty device name: the engine picks the next free one.
        QVERIFY(lab.volume(diskId)->attachment->device.endsWith(QStringLiteral("vdb")));
    }

    void attachWithNoVolumeOnItsHostSaysWhy()
    {
        // disk-1 is in use; what is left (far-1) lives on another host's disk.
        AttachVolumeDialog dialog(*lab.engine, lab.demo, instance(web));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.problemText(),
                 QStringLiteral(
                     "Volume: no available volume of project demo is on host %1, where instance web runs")
                     .arg(instance(web).hostName));
    }
};

SD_GUI_TEST_MAIN(TestInstanceVolumeActions)
#include "tst_instancevolumeactions.moc"

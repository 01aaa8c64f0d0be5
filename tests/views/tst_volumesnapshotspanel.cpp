// Project › Volumes › Snapshots and Backups (and their Admin › Volume variants): Horizon's columns over
// real snapshots and backups of volumes on the simulated hosts, Create Volume from a snapshot (with the
// size rule), Launch as Instance (the wizard with the snapshot as the boot source), Edit Snapshot, Restore
// Backup into a new or an existing volume, and the deletes with their confirmation and their status gates.

#include "viewhelpers.h"
#include "viewtestlab.h"
#include "volumelab.h"

#include "dialogs/createvolumefromsnapshotdialog.h"
#include "dialogs/editvolumesnapshotdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "models/tablefilterproxy.h"
#include "panels/tablepane.h"
#include "panels/volumebackupactions.h"
#include "panels/volumebackupspanel.h"
#include "panels/volumesnapshotactions.h"
#include "panels/volumesnapshotspanel.h"
#include "widgets/resourcetable.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/sourcepage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace sd;

class TestVolumeSnapshotsPanel : public QObject
{
    Q_OBJECT

    test::VolumeLab lab;
    QString dataId;
    QString snapshotId;
    QString backupId;

    static QStringList row(const QAbstractItemModel *model, int r)
    {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells;
    }
    static int rowOf(const QAbstractItemModel *model, int column, const QString &text)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, column).data().toString() == text)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        auto data = lab.makeVolume(lab.demo, QStringLiteral("data"), 2);
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
        QCOMPARE(data->status, VolumeStatus::Available);
        dataId = data->id;
        auto snapshot = lab.engine->volumes().createSnapshot(lab.demo, dataId, QStringLiteral("snap-1"),
                                                             QStringLiteral("before the upgrade"));
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message));
        snapshotId = snapshot->id;
        QVERIFY(lab.waitForSnapshot(snapshotId, CopyStatus::Available));
        QVERIFY(lab.waitForVolume(dataId, VolumeStatus::Available));
        auto backup = lab.engine->volumes().createBackup(lab.demo, dataId, QStringLiteral("backup-1"));
        QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
        backupId = backup->id;
        QVERIFY(lab.waitForBackup(backupId, CopyStatus::Available));
        QVERIFY(lab.waitForVolume(dataId, VolumeStatus::Available));
    }

    void snapshotRowsHaveHorizonsColumns()
    {
        VolumeSnapshotsPanel panel(*lab.engine, lab.demo, VolumeSnapshotModel::Scope::Project);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(test::headerTexts(panel.model()),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("Size"),
                              QStringLiteral("Status"), QStringLiteral("Volume Name")}));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(row(panel.model(), 0),
                 (QStringList{QStringLiteral("snap-1"), QStringLiteral("before the upgrade"),
                              QStringLiteral("2 GiB"), QStringLiteral("Available"), QStringLiteral("data")}));

        // The admin variant: every project's, with the project and the host whose pool holds the copy.
        VolumeSnapshotsPanel admin(*lab.engine, lab.admin, VolumeSnapshotModel::Scope::Admin);
        QCOMPARE(test::headerTexts(admin.model()).mid(0, 3),
                 (QStringList{QStringLiteral("Project"), QStringLiteral("Host"), QStringLiteral("Name")}));
        const int r = rowOf(admin.model(), admin.model()->columnOf(VolumeSnapshotModel::Name),
                            QStringLiteral("snap-1"));
        QVERIFY(r >= 0);
        QCOMPARE(admin.model()->index(r, 0).data().toString(), QStringLiteral("demo"));
        QCOMPARE(admin.model()->index(r, 1).data().toString(), lab.volume(dataId)->hostName);
        QVERIFY(!admin.model()->index(r, 1).data().toString().isEmpty());
    }

    void createVolumeFromSnapshotKeepsTheSizeRule()
    {
        VolumeSnapshotsPanel panel(*lab.engine, lab.demo, VolumeSnapshotModel::Scope::Project);
        QSignalSpy notes(&panel, &Panel::notify);
        QAction *create = panel.actions()->createVolumeAction();
        QVERIFY(!create->isEnabled());
        QCOMPARE(create->toolTip(), QStringLiteral("Select one snapshot to make a volume of"));
        panel.selectSnapshots({QStringLiteral("snap-1")});
        QVERIFY(create->isEnabled());
        create->trigger();
        auto *dialog = test::openedDialog<CreateVolumeFromSnapshotDialog>(&panel);
        QVERIFY(dialog);
        // The type starts as the source volume's; the size as the snapshot's.
        QCOMPARE(dialog->typeCombo()->currentText(), lab.volume(dataId)->typeName);
        QCOMPARE(dialog->sizeSpin()->value(), 2);
        dialog->sizeSpin()->setValue(1);
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("The volume size cannot be less than the snapshot size (2 GiB)"));
        dialog->sizeSpin()->setValue(3);
        dialog->nameEdit()->setText(QStringLiteral("from-snap"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(dialog->result() == QDialog::Accepted || !dialog->isVisible(),
                 qPrintable(dialog->errorText()));
        QVERIFY(lab.waitForVolume(QStringLiteral("from-snap"), VolumeStatus::Available));
        auto made = lab.volume(QStringLiteral("from-snap"));
        QCOMPARE(made->sizeGb, 3);
        QCOMPARE(made->sourceKind, QStringLiteral("snapshot"));
        QCOMPARE(made->sourceId, snapshotId);
        QCOMPARE(made->projectId, lab.demo.projectId);
        QCOMPARE(notes.count(), 0);
    }

    void launchAsInstanceOpensTheWizardOnTheSnapshot()
    {
        VolumeSnapshotsPanel panel(*lab.engine, lab.demo, VolumeSnapshotModel::Scope::Project);
        QAction *launch = panel.actions()->launchAction();
        QVERIFY(launch->isVisible());
        QVERIFY(panel.actions()->menuActions().contains(launch));
        QVERIFY(!launch->isEnabled());
        QCOMPARE(launch->toolTip(), QStringLiteral("Select one snapshot to launch an instance from"));
        panel.selectSnapshots({QStringLiteral("snap-1")});
        QVERIFY(launch->isEnabled());
        launch->trigger();
        auto *wizard = test::openedDialog<LaunchInstanceWizard>(&panel);
        QVERIFY(wizard);
        SourcePage *source = wizard->sourcePage();
        QCOMPARE(source->kind(), SourcePage::Kind::VolumeSnapshot);
        QCOMPARE(source->table()->chosen(), QStringList{snapshotId});
        // The new volume starts at the snapshot's size.
        QCOMPARE(source->volumeSizeBox()->value(), 2);
        QCOMPARE(wizard->spec().bootSnapshot, snapshotId);
        QVERIFY(wizard->spec().newVolume);
        wizard->reject();

        // A snapshot still being made cannot boot: said in the tooltip.
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'creating' WHERE id = ?"),
                         {snapshotId}));
        emit lab.engine->resourceChanged(QStringLiteral("volume_snapshot"), snapshotId);
        panel.selectSnapshots({QStringLiteral("snap-1")});
        QVERIFY(!launch->isEnabled());
        QCOMPARE(
            launch->toolTip(),
            QStringLiteral("Snapshot snap-1 is Creating: only an available snapshot can boot an instance"));
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'available' WHERE id = ?"),
                         {snapshotId}));
        emit lab.engine->resourceChanged(QStringLiteral("volume_snapshot"), snapshotId);
        QVERIFY(launch->isEnabled());

        // Horizon's admin table launches nothing.
        VolumeSnapshotsPanel admin(*lab.engine, lab.admin, VolumeSnapshotModel::Scope::Admin);
        QVERIFY(!admin.actions()->launchAction()->isVisible());
    }

    void editSnapshotRenamesTheRow()
    {
        VolumeSnapshotsPanel panel(*lab.engine, lab.demo, VolumeSnapshotModel::Scope::Project);
        panel.selectSnapshots({QStringLiteral("snap-1")});
        panel.actions()->editAction()->trigger();
        auto *dialog = test::openedDialog<EditVolumeSnapshotDialog>(&panel);
        QVERIFY(dialog);
        dialog->nameEdit()->clear();
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().contains(QStringLiteral("Snapshot Name")));
        dialog->nameEdit()->setText(QStringLiteral("snap-renamed"));
        dialog->okButton()->click();
        const int name = panel.model()->columnOf(VolumeSnapshotModel::Name);
        QTRY_VERIFY(rowOf(panel.model(), name, QStringLiteral("snap-renamed")) >= 0);
        QCOMPARE(rowOf(panel.model(), name, QStringLiteral("snap-1")), -1);
        QCOMPARE(lab.engine->volumes().showSnapshot(lab.admin, snapshotId)->description,
                 QStringLiteral("before the upgrade"));
        QVERIFY(lab.engine->volumes()
                    .updateSnapshot(lab.demo, snapshotId, QStringLiteral("snap-1"), std::nullopt)
                    .ok());
    }

    void deleteFollowsTheStatusAndAsksOnce()
    {
        auto second = lab.engine->volumes().createSnapshot(lab.demo, dataId, QStringLiteral("snap-2"));
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QVERIFY(lab.waitForSnapshot(second->id, CopyStatus::Available));
        VolumeSnapshotsPanel panel(*lab.engine, lab.demo, VolumeSnapshotModel::Scope::Project);
        // A snapshot still being made cannot be deleted: Cinder's rule, said in the tooltip.
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'creating' WHERE id = ?"),
                         {second->id}));
        emit lab.engine->resourceChanged(QStringLiteral("volume_snapshot"), second->id);
        panel.selectSnapshots({QStringLiteral("snap-2")});
        QAction *remove = panel.actions()->deleteAction();
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(),
                 QStringLiteral("Snapshot snap-2 is Creating: wait until it is available"));
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'available' WHERE id = ?"),
                         {second->id}));
        emit lab.engine->resourceChanged(QStringLiteral("volume_snapshot"), second->id);
        QVERIFY(remove->isEnabled());
        // The engine has the last word: a snapshot that became busy behind the table's back is refused,
        // and the refusal is shown as a notification while the row stays.
        QSignalSpy notes(&panel, &Panel::notify);
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'creating' WHERE id = ?"),
                         {second->id}));
        remove->trigger();
        auto *refusedBox = panel.findChild<QMessageBox *>(QStringLiteral("DeleteVolumeSnapshotConfirmation"));
        QVERIFY(refusedBox);
        test::destructiveButton(refusedBox)->click();
        QTRY_COMPARE(notes.count(), 1);
        QVERIFY2(notes.first().first().toString().startsWith(QStringLiteral("Snapshot snap-2 is creating")),
                 qPrintable(notes.first().first().toString()));
        QVERIFY(lab.engine->volumes().showSnapshot(lab.admin, second->id).ok());
        QVERIFY(lab.exec(QStringLiteral("UPDATE volume_snapshots SET status = 'available' WHERE id = ?"),
                         {second->id}));
        QTest::qWait(20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        remove->trigger();
        QMessageBox *box = nullptr;
        for (auto *b : panel.findChildren<QMessageBox *>(QStringLiteral("DeleteVolumeSnapshotConfirmation")))
            if (b->isVisible())
                box = b;
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete volume snapshot snap-2?"));
        QAbstractButton *go = test::destructiveButton(box);
        QVERIFY(go);
        go->click();
        const int name = panel.model()->columnOf(VolumeSnapshotModel::Name);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(panel.model(), name, QStringLiteral("snap-2")), -1, 20000);
        QVERIFY(rowOf(panel.model(), name, QStringLiteral("snap-1")) >= 0);
    }

    void backupRowsHaveHorizonsColumns()
    {
        VolumeBackupsPanel panel(*lab.engine, lab.demo, VolumeBackupModel::Scope::Project);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(test::headerTexts(panel.model()),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("Size"),
                              QStringLiteral("Status"), QStringLiteral("Volume Name")}));
        const int r = rowOf(panel.model(), 0, QStringLiteral("backup-1"));
        QVERIFY(r >= 0);
        QCOMPARE(row(panel.model(), r),
                 (QStringList{QStringLiteral("backup-1"), QStringLiteral("-"), QStringLiteral("2 GiB"),
                              QStringLiteral("Available"), QStringLiteral("data")}));
        VolumeBackupsPanel admin(*lab.engine, lab.admin, VolumeBackupModel::Scope::Admin);
        QCOMPARE(test::headerTexts(admin.model()).first(), QStringLiteral("Project"));
        QVERIFY(rowOf(admin.model(), admin.model()->columnOf(VolumeBackupModel::Name),
                      QStringLiteral("backup-1")) >= 0);
    }

    void restoreIntoANewVolume()
    {
        VolumeBackupsPanel panel(*lab.engine, lab.demo, VolumeBackupModel::Scope::Project);
        panel.selectBackups({QStringLiteral("backup-1")});
        QVERIFY(panel.actions()->restoreAction()->isEnabled());
        panel.actions()->restoreAction()->trigger();
        auto *dialog = test::openedDialog<RestoreBackupDialog>(&panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->volumeCombo()->currentIndex(), 0);
        QCOMPARE(dialog->volumeCombo()->currentText(), QStringLiteral("Create a New Volume"));
        QVERIFY(dialog->nameEdit()->isVisibleTo(dialog));
        dialog->nameEdit()->setText(QStringLiteral("restored"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(lab.waitForVolume(QStringLiteral("restored"), VolumeStatus::Available));
        QCOMPARE(lab.volume(QStringLiteral("restored"))->sizeGb, 2);
        QVERIFY(lab.waitForBackup(backupId, CopyStatus::Available));
    }

    void restoreIntoAnExistingVolumeNeedsTheSize()
    {
        QVERIFY(lab.makeVolume(lab.demo, QStringLiteral("too-small"), 1).ok());
        QVERIFY(lab.makeVolume(lab.demo, QStringLiteral("target"), 4).ok());
        VolumeBackupsPanel panel(*lab.engine, lab.demo, VolumeBackupModel::Scope::Project);
        panel.selectBackups({QStringLiteral("backup-1")});
        panel.actions()->restoreAction()->trigger();
        auto *dialog = test::openedDialog<RestoreBackupDialog>(&panel);
        QVERIFY(dialog);
        QComboBox *combo = dialog->volumeCombo();
        const int small = combo->findData(lab.volume(QStringLiteral("too-small"))->id);
        const int target = combo->findData(lab.volume(QStringLiteral("target"))->id);
        QVERIFY(small > 0 && target > 0);
        combo->setCurrentIndex(small);
        QVERIFY(!dialog->nameEdit()->isVisibleTo(dialog));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Volume too-small has 1 GiB: the backup needs at least 2 GiB"));
        combo->setCurrentIndex(target);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        // The engine marks the target as restoring at once; the task brings it back to available.
        QVERIFY(lab.volume(QStringLiteral("target"))->status != VolumeStatus::InUse);
        QVERIFY(lab.waitForVolume(QStringLiteral("target"), VolumeStatus::Available));
        QVERIFY(lab.waitForBackup(backupId, CopyStatus::Available));
    }

    void deleteBackupAsksThenRemoves()
    {
        auto extra = lab.engine->volumes().createBackup(lab.demo, dataId, QStringLiteral("backup-2"));
        QVERIFY2(extra.ok(), extra.ok() ? "" : qPrintable(extra.error().message));
        QVERIFY(lab.waitForBackup(extra->id, CopyStatus::Available));
        VolumeBackupsPanel panel(*lab.engine, lab.demo, VolumeBackupModel::Scope::Project);
        panel.selectBackups({QStringLiteral("backup-1"), QStringLiteral("backup-2")});
        QAction *remove = panel.actions()->deleteAction();
        QCOMPARE(remove->text(), QStringLiteral("Delete Volume Backups…"));
        remove->trigger();
        auto *box = panel.findChild<QMessageBox *>(QStringLiteral("DeleteVolumeBackupConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().startsWith(QStringLiteral("Delete 2 volume backups: ")));
        // Cancel deletes nothing.
        box->reject();
        QTest::qWait(50);
        QCOMPARE(panel.model()->rowCount(), 2);
        remove->trigger();
        box = nullptr;
        for (auto *b : panel.findChildren<QMessageBox *>(QStringLiteral("DeleteVolumeBackupConfirmation")))
            if (b->isVisible())
                box = b;
        QVERIFY(box);
        test::destructiveButton(box)->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 0, 20000);
        QVERIFY(!lab.engine->volumes().showBackup(lab.admin, backupId).ok());
    }
};

SD_GUI_TEST_MAIN(TestVolumeSnapshotsPanel)
#include "tst_volumesnapshotspanel.moc"

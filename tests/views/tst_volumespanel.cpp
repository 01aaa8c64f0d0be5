// Project › Volumes › Volumes and Admin › Volume › Volumes: the rows as the engine moves them, Create
// Volume's validation (size below the image's min_disk, quota) with its donuts, the gates of every row
// action by status, create → attach → detach → delete through the dialogs on the demo lab's simulated
// hosts, the transfer whose key is shown once, and Launch as Instance (an available, bootable volume as
// the wizard's boot source).

#include "instancelab.h"
#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/acceptvolumetransferdialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/createvolumetransferdialog.h"
#include "dialogs/extendvolumedialog.h"
#include "dialogs/manageattachmentsdialog.h"
#include "dialogs/volumetransferdialog.h"
#include "mainwindow.h"
#include "models/tablefilterproxy.h"
#include "models/volumemodel.h"
#include "panels/instanceoverview.h"
#include "panels/tablepane.h"
#include "panels/volumeactions.h"
#include "panels/volumespanel.h"
#include "widgets/itemcountlabel.h"
#include "widgets/navigationtree.h"
#include "widgets/usagedonut.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/sourcepage.h"

#include "quota/quotaservice.h"
#include "volume/volumeservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>

using namespace sd;
using Op = VolumeActions::Op;

class TestVolumesPanel : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    QString web;
    std::unique_ptr<VolumesPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;

    QSortFilterProxyModel *proxy() const { return panel->table()->proxy(); }
    int column(VolumeModel::Column c) const { return panel->model()->columnOf(c); }
    // The cell of the named volume's row, as the table shows it.
    QString cell(const QString &name, VolumeModel::Column c) const
    {
        for (int row = 0; row < proxy()->rowCount(); ++row)
            if (proxy()->index(row, column(VolumeModel::Name)).data().toString() == name)
                return proxy()->index(row, column(c)).data().toString();
        return {};
    }
    QString idOf(const QString &name) const
    {
        for (const Volume &v : panel->model()->items())
            if (v.name == name)
                return v.id;
        return {};
    }
    bool settle(const QString &name)
    {
        auto v = lab.engine->volumes().waitUntilSettled(idOf(name), 20000);
        return v.ok() && !isTransitional(v->status);
    }
    template <typename T> T *open(QAction *action)
    {
        action->trigger();
        T *dialog = test::openedDialog<T>(panel.get());
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }
    bool setQuota(const QString &resource, qint64 limit)
    {
        return lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{resource, limit}}).ok();
    }
    // Creates an empty volume of the demo project through the dialog and waits until it is available.
    bool createThroughDialog(const QString &name, int sizeGb, const QString &zone = QStringLiteral("zone-b"))
    {
        auto *dialog = open<CreateVolumeDialog>(panel->actions()->createAction());
        if (!dialog)
            return false;
        dialog->nameEdit()->setText(name);
        dialog->sizeBox()->setValue(sizeGb);
        dialog->zoneCombo()->setCurrentIndex(dialog->zoneCombo()->findData(zone));
        if (!dialog->okButton()->isEnabled()) {
            qWarning() << dialog->problemText();
            return false;
        }
        dialog->okButton()->click();
        if (dialog->isVisible()) {
            qWarning() << dialog->errorText();
            return false;
        }
        return settle(name) && cell(name, VolumeModel::Status) == QLatin1String("Available");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        // In zone-b, whose one host (compute-3) is where the volumes made in zone-b live too.
        LaunchSpec spec = lab.spec(QStringLiteral("web"));
        spec.availabilityZone = QStringLiteral("zone-b");
        auto made = lab.launchAndWait(lab.demo, spec);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(made->status(), QStringLiteral("ACTIVE"));
        web = made->id;
        panel = std::make_unique<VolumesPanel>(*lab.engine, lab.demo, VolumeModel::Scope::Project);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1300, 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init()
    {
        for (QDialog *dialog : panel->findChildren<QDialog *>())
            dialog->deleteLater();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void cleanupTestCase()
    {
        modelTester.reset();
        panel.reset();
    }

    void startsEmptyWithHorizonsColumns()
    {
        QCOMPARE(test::headerTexts(proxy()),
                 (QStringList{"Name", "Description", "Size", "Status", "Type", "Attached To",
                              "Availability Zone", "Bootable", "Encrypted"}));
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 0 items"));
        QVERIFY(panel->actions()->createAction()->isVisible());
        QVERIFY(panel->actions()->createAction()->isEnabled());
        QVERIFY(panel->actions()->acceptTransferAction()->isVisible());
        QVERIFY(!panel->actions()->action(Op::Delete)->isEnabled());
    }

    void createRefusesASizeBelowTheImagesMinDisk()
    {
        ImageSpec spec;
        spec.name = QStringLiteral("needs-5g");
        spec.diskFormat = QStringLiteral("qcow2");
        spec.minDiskGb = 5;
        spec.visibility = ImageVisibility::Public;
        spec.sourceFile = lab.dir.filePath(QStringLiteral("min5.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                                   {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                    QStringLiteral("qcow2"), spec.sourceFile, QStringLiteral("64M")}),
                 0);
        auto image = lab.engine->images().importNow(lab.admin, spec);
        QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().message));

        auto *dialog = open<CreateVolumeDialog>(panel->actions()->createAction());
        QVERIFY(dialog);
        // An empty volume of 1 GiB may be made at once; a size of 0 is refused as typed.
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->sizeBox()->setValue(0);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(!dialog->problemText().isEmpty(), "size 0 says why");

        QVERIFY(dialog->chooseSource(CreateVolumeDialog::Source::Image, image->id));
        // The size starts at the image's minimum, and Horizon's hint says why.
        QCOMPARE(dialog->sizeBox()->value(), 5);
        QCOMPARE(dialog->sizeHintLabel()->text(),
                 QStringLiteral(
                     "Volume size must be equal to or greater than the image minimum disk size (5 GiB)"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->sizeBox()->setValue(3);
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("The volume size cannot be less than the image minimum disk size (5 GiB)"));
        QCOMPARE(dialog->spec().image, image->id);
        // No source chosen yet for a kind is said in Horizon's words.
        QVERIFY(dialog->chooseSource(CreateVolumeDialog::Source::Image, QString()));
        QCOMPARE(dialog->problemText(), QStringLiteral("Image source must be specified"));
        dialog->reject();
    }

    void createChecksTheQuotaWithItsDonuts()
    {
        QVERIFY(setQuota(QStringLiteral("gigabytes"), 10));
        auto *dialog = open<CreateVolumeDialog>(panel->actions()->createAction());
        QVERIFY(dialog);
        dialog->sizeBox()->setValue(4);
        QCOMPARE(dialog->gigabytesDonut()->caption(), QStringLiteral("Used 4 GiB of 10 GiB"));
        QCOMPARE(dialog->volumesDonut()->caption(), QStringLiteral("Used 1 of 10"));
        QCOMPARE(dialog->snapshotsDonut()->caption(), QStringLiteral("Used 0 of 10"));
        dialog->sizeBox()->setValue(20);
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("A volume of 20 GiB cannot be created as you only have 10 GiB of your quota "
                                "available."));
        QCOMPARE(dialog->okButton()->toolTip(), dialog->problemText());
        dialog->reject();
        QVERIFY(setQuota(QStringLiteral("gigabytes"), 1000));
    }

    void createShowsTheNewRowAndItsStatus()
    {
        QVERIFY(createThroughDialog(QStringLiteral("data"), 2));
        QCOMPARE(proxy()->rowCount(), 1);
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Size), QStringLiteral("2 GiB"));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Type), QStringLiteral("standard"));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Bootable), QStringLiteral("No"));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Encrypted), QStringLiteral("No"));
        QVERIFY(cell(QStringLiteral("data"), VolumeModel::AttachedTo).isEmpty());
        // The new row is selected, so its actions are at hand.
        QCOMPARE(panel->selectedVolumes().size(), 1);
    }

    void createVolumeSaysQuotaExceeded()
    {
        QVERIFY(setQuota(QStringLiteral("volumes"), 1));
        emit lab.engine->resourceChanged(QStringLiteral("project"), lab.demo.projectId);
        QAction *create = panel->actions()->createAction();
        QVERIFY(!create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("Create Volume (Quota exceeded)"));
        QVERIFY2(create->toolTip().contains(QStringLiteral("all of your available volumes")),
                 qPrintable(create->toolTip()));
        QVERIFY(setQuota(QStringLiteral("volumes"), 10));
        emit lab.engine->resourceChanged(QStringLiteral("project"), lab.demo.projectId);
        QVERIFY(create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("Create Volume…"));
    }

    void gatesFollowAnAvailableVolume()
    {
        panel->selectVolumes({QStringLiteral("data")});
        VolumeActions *a = panel->actions();
        for (Op op : {Op::Edit, Op::Extend, Op::ManageAttachments, Op::CreateSnapshot, Op::CreateBackup,
                      Op::Retype, Op::Upload, Op::CreateTransfer, Op::Delete, Op::Metadata})
            QVERIFY2(a->action(op)->isEnabled(), qPrintable(VolumeActions::label(op)));
        QVERIFY(!a->action(Op::CancelTransfer)->isEnabled());
        QCOMPARE(a->action(Op::CancelTransfer)->toolTip(),
                 QStringLiteral("Volume data is Available: Cancel Transfer needs it Awaiting Transfer"));
    }

    void launchAsInstanceNeedsAnAvailableBootableVolume()
    {
        panel->selectVolumes({QStringLiteral("data")});
        QAction *launch = panel->actions()->action(Op::Launch);
        QVERIFY(launch->isVisible());
        QCOMPARE(launch->text(), QStringLiteral("Launch as Instance…"));
        QVERIFY(!launch->isEnabled());
        QCOMPARE(launch->toolTip(),
                 QStringLiteral("Volume data is not bootable: set Bootable with Edit Volume"));
        VolumeUpdate bootable;
        bootable.bootable = true;
        QVERIFY(lab.engine->volumes().update(lab.demo, idOf(QStringLiteral("data")), bootable).ok());
        QTRY_COMPARE(cell(QStringLiteral("data"), VolumeModel::Bootable), QStringLiteral("Yes"));
        panel->selectVolumes({QStringLiteral("data")});
        QVERIFY(launch->isEnabled());
        QCOMPARE(launch->toolTip(), QStringLiteral("Launch an instance that boots from this volume"));
        // The wizard opens with the volume as the boot source.
        launch->trigger();
        auto *wizard = test::openedDialog<LaunchInstanceWizard>(panel.get());
        QVERIFY(wizard);
        QCOMPARE(wizard->sourcePage()->kind(), SourcePage::Kind::Volume);
        QCOMPARE(wizard->sourcePage()->table()->chosen(), QStringList{idOf(QStringLiteral("data"))});
        QCOMPARE(wizard->spec().bootSource, BootSource::Volume);
        QCOMPARE(wizard->spec().bootVolume, idOf(QStringLiteral("data")));
        wizard->reject();
        bootable.bootable = false;
        QVERIFY(lab.engine->volumes().update(lab.demo, idOf(QStringLiteral("data")), bootable).ok());
        QTRY_COMPARE(cell(QStringLiteral("data"), VolumeModel::Bootable), QStringLiteral("No"));
    }

    void overviewSaysTheInstanceBootsFromItsVolume()
    {
        Instance vm;
        vm.name = QStringLiteral("on-volume");
        vm.bootVolumeId = QStringLiteral("vol-1");
        vm.imageId = lab.imageId;
        vm.imageName = QStringLiteral("tiny");
        Volume root;
        root.id = QStringLiteral("vol-1");
        root.name = QStringLiteral("root-disk");
        root.sizeGb = 2;
        root.attachment = VolumeAttachment{QString(), QString(), QString(), QStringLiteral("/dev/vda"), {}};
        InstanceOverview overview;
        overview.setInstance(vm, QDateTime::currentDateTimeUtc());
        overview.setVolumes({root});
        QCOMPARE(overview.valueOf(QStringLiteral("Image Name")),
                 QStringLiteral("Boots from volume root-disk (made from image tiny)"));
        QCOMPARE(overview.valueOf(QStringLiteral("Attached To")),
                 QStringLiteral("root-disk on /dev/vda (2 GiB)"));
        // An image-backed instance keeps its image's name.
        vm.bootVolumeId.clear();
        overview.setInstance(vm, QDateTime::currentDateTimeUtc());
        overview.setVolumes({});
        QCOMPARE(overview.valueOf(QStringLiteral("Image Name")), QStringLiteral("tiny"));
    }

    void extendRefusesASmallerSize()
    {
        panel->selectVolumes({QStringLiteral("data")});
        auto *dialog = open<ExtendVolumeDialog>(panel->actions()->action(Op::Extend));
        QVERIFY(dialog);
        dialog->newSizeBox()->setValue(2);
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(), QStringLiteral("New size must be greater than current size."));
        QVERIFY(setQuota(QStringLiteral("gigabytes"), 5));
        dialog->reject();
        init();
        dialog = open<ExtendVolumeDialog>(panel->actions()->action(Op::Extend));
        QVERIFY(dialog);
        dialog->newSizeBox()->setValue(8);
        QCOMPARE(
            dialog->problemText(),
            QStringLiteral("Volume cannot be extended to 8 GiB as the maximum size it can be extended to is "
                           "5 GiB."));
        dialog->newSizeBox()->setValue(3);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QVERIFY(settle(QStringLiteral("data")));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Size), QStringLiteral("3 GiB"));
        QVERIFY(setQuota(QStringLiteral("gigabytes"), 1000));
    }

    void attachThenDetachThroughManageAttachments()
    {
        panel->selectVolumes({QStringLiteral("data")});
        auto *dialog = open<ManageAttachmentsDialog>(panel->actions()->action(Op::ManageAttachments));
        QVERIFY(dialog);
        QCOMPARE(dialog->attachmentsTable()->rowCount(), 0);
        QVERIFY(!dialog->okButton()->isEnabled()); // no instance chosen yet
        QVERIFY(dialog->chooseInstance(QStringLiteral("web")));
        dialog->deviceEdit()->setText(QStringLiteral("vdc"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("vdc")), qPrintable(dialog->problemText()));
        dialog->deviceEdit()->clear();
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
        QVERIFY(settle(QStringLiteral("data")));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Status), QStringLiteral("In-use"));
        QVERIFY2(cell(QStringLiteral("data"), VolumeModel::AttachedTo).endsWith(QStringLiteral(" on web")),
                 qPrintable(cell(QStringLiteral("data"), VolumeModel::AttachedTo)));

        // In-use: Extend, Delete and Create Transfer are Horizon's "available only" actions.
        panel->selectVolumes({QStringLiteral("data")});
        VolumeActions *a = panel->actions();
        QVERIFY(!a->action(Op::Extend)->isEnabled());
        QCOMPARE(a->action(Op::Extend)->toolTip(),
                 QStringLiteral("Volume data is In-use: Extend Volume needs it Available"));
        QVERIFY(!a->action(Op::Delete)->isEnabled());
        QCOMPARE(a->action(Op::Delete)->toolTip(),
                 QStringLiteral(
                     "Volume data is In-use: Delete Volume needs it Available, Error or Error Extending"));
        QVERIFY(!a->action(Op::CreateTransfer)->isEnabled());
        QCOMPARE(a->action(Op::Launch)->toolTip(),
                 QStringLiteral("Volume data is In-use: Launch as Instance needs it Available"));
        for (Op op : {Op::Edit, Op::ManageAttachments, Op::CreateSnapshot, Op::CreateBackup, Op::Upload})
            QVERIFY2(a->action(op)->isEnabled(), qPrintable(VolumeActions::label(op)));

        init();
        dialog = open<ManageAttachmentsDialog>(a->action(Op::ManageAttachments));
        QVERIFY(dialog);
        QCOMPARE(dialog->attachmentsTable()->rowCount(), 1);
        QCOMPARE(dialog->attachmentsTable()->item(0, 0)->text(), QStringLiteral("web"));
        QVERIFY(dialog->attachmentsTable()->item(0, 1)->text().startsWith(QStringLiteral("/dev/vd")));
        // One instance at a time: attaching again is refused with the reason.
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("one instance at a time")),
                 qPrintable(dialog->problemText()));
        QPushButton *detach = dialog->detachButton();
        QVERIFY(detach);
        QVERIFY(detach->isEnabled());
        detach->click();
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("DetachVolumeConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("from instance web")), qPrintable(box->text()));
        test::destructiveButton(box)->click();
        QVERIFY(settle(QStringLiteral("data")));
        QCOMPARE(cell(QStringLiteral("data"), VolumeModel::Status), QStringLiteral("Available"));
        QVERIFY(cell(QStringLiteral("data"), VolumeModel::AttachedTo).isEmpty());
        // The open dialog followed the volume: no attachment left, attaching possible again.
        QTRY_COMPARE(dialog->attachmentsTable()->rowCount(), 0);
        dialog->reject();
    }

    void attachToAnInstanceOnAnotherHostIsRefusedAsTyped()
    {
        QVERIFY(createThroughDialog(QStringLiteral("far"), 1, QStringLiteral("zone-a")));
        panel->selectVolumes({QStringLiteral("far")});
        auto *dialog = open<ManageAttachmentsDialog>(panel->actions()->action(Op::ManageAttachments));
        QVERIFY(dialog);
        QVERIFY(dialog->chooseInstance(QStringLiteral("web")));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("runs on host compute-3")),
                 qPrintable(dialog->problemText()));
        dialog->reject();
    }

    void transferShowsTheKeyOnceAndIsAcceptedElsewhere()
    {
        QVERIFY(createThroughDialog(QStringLiteral("gift"), 1));
        panel->selectVolumes({QStringLiteral("gift")});
        auto *create = open<CreateVolumeTransferDialog>(panel->actions()->action(Op::CreateTransfer));
        QVERIFY(create);
        QVERIFY(!create->okButton()->isEnabled());
        create->nameEdit()->setText(QStringLiteral("to-admin"));
        create->okButton()->click();
        QVERIFY2(!create->isVisible(), qPrintable(create->errorText()));
        auto *shown = test::openedDialog<VolumeTransferDialog>(panel.get());
        QVERIFY(shown);
        const QString id = shown->idEdit()->text();
        const QString key = shown->keyEdit()->text();
        QVERIFY(!id.isEmpty());
        QVERIFY(!key.isEmpty());
        QVERIFY(shown->keyEdit()->isReadOnly());
        QVERIFY2(shown->warningText().contains(QStringLiteral("shown only this once")),
                 qPrintable(shown->warningText()));
        shown->copyKeyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), key);
        shown->reject();
        QTRY_COMPARE(cell(QStringLiteral("gift"), VolumeModel::Status), QStringLiteral("Awaiting Transfer"));
        panel->selectVolumes({QStringLiteral("gift")});
        QVERIFY(panel->actions()->action(Op::CancelTransfer)->isEnabled());
        QVERIFY(!panel->actions()->action(Op::Delete)->isEnabled());

        // The administrator's project accepts it: a wrong key is refused in the dialog, the right one works.
        VolumesPanel adminPanel(*lab.engine, lab.admin, VolumeModel::Scope::Project);
        adminPanel.actions()->acceptTransferAction()->trigger();
        auto *accept = test::openedDialog<AcceptVolumeTransferDialog>(&adminPanel);
        QVERIFY(accept);
        accept->idEdit()->setText(id);
        accept->keyEdit()->setText(QStringLiteral("wrong-key"));
        accept->okButton()->click();
        QVERIFY(accept->isVisible());
        QVERIFY(!accept->errorText().isEmpty());
        QCOMPARE(cell(QStringLiteral("gift"), VolumeModel::Status), QStringLiteral("Awaiting Transfer"));
        accept->keyEdit()->setText(key);
        accept->okButton()->click();
        QVERIFY2(!accept->isVisible(), qPrintable(accept->errorText()));
        QTRY_VERIFY(idOf(QStringLiteral("gift")).isEmpty()); // gone from the demo project's table
        QTRY_COMPARE(adminPanel.model()->rowCount(), 1);
        QCOMPARE(adminPanel.model()->itemAt(0).name, QStringLiteral("gift"));
    }

    void deletesManyAfterOneConfirmation()
    {
        QVERIFY(createThroughDialog(QStringLiteral("scratch"), 1));
        panel->selectVolumes({QStringLiteral("data"), QStringLiteral("scratch"), QStringLiteral("far")});
        QAction *remove = panel->actions()->action(Op::Delete);
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->text(), QStringLiteral("Delete Volumes…"));
        remove->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteVolumeConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(QStringLiteral("Delete 3 volumes")), qPrintable(box->text()));
        test::destructiveButton(box)->click();
        QTRY_COMPARE_WITH_TIMEOUT(proxy()->rowCount(), 0, 20000);
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 0 items"));
    }

    void mainWindowShowsProjectAndAdminVolumes()
    {
        MainWindow adminWindow(*lab.engine, lab.admin);
        auto *admin = qobject_cast<VolumesPanel *>(adminWindow.panel(QStringLiteral("admin/volumes")));
        QVERIFY(admin);
        QCOMPARE(test::headerTexts(admin->model()).mid(0, 3), (QStringList{"Project", "Host", "Name"}));
        // Every project's volumes: the one the admin project accepted is there with its project.
        QCOMPARE(admin->model()->rowCount(), 1);
        QCOMPARE(admin->model()->index(0, 0).data().toString(), QStringLiteral("admin"));
        QVERIFY(!admin->model()->index(0, 1).data().toString().isEmpty());
        QVERIFY(!admin->actions()->createAction()->isVisible());
        QVERIFY(!admin->actions()->action(Op::Launch)->isVisible());

        MainWindow memberWindow(*lab.engine, lab.demo);
        QVERIFY(memberWindow.panel(QStringLiteral("project/volumes")));
        QVERIFY(!memberWindow.panel(QStringLiteral("admin/volumes")));
        const QStringList keys = memberWindow.navigation()->panelKeys();
        // Between Compute and Network, as in Horizon.
        QVERIFY(keys.indexOf(QStringLiteral("project/volumes")) >
                keys.indexOf(QStringLiteral("project/images")));
        QVERIFY(keys.indexOf(QStringLiteral("project/volumes")) <
                keys.indexOf(QStringLiteral("project/network-topology")));
    }
};

SD_GUI_TEST_MAIN(TestVolumesPanel)
#include "tst_volumespanel.moc"

// Launch Instance: each step's live validation in the engine's rules, the count capped by the quota,
// flavors greyed out with their reason, the Source step's boot sources (image, instance snapshot,
// volume, volume snapshot) with Create New Volume and its size rule, and a launch that makes an ACTIVE
// instance on the demo lab.

#include "viewhelpers.h"
#include "viewtestlab.h"
#include "volumelab.h"

#include "models/volumequota.h"
#include "panels/imageactions.h"
#include "panels/imagespanel.h"
#include "widgets/usagedonut.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/configurationpage.h"
#include "wizards/launch/detailspage.h"
#include "wizards/launch/flavorfit.h"
#include "wizards/launch/flavorpage.h"
#include "wizards/launch/keypairpage.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/metadatapage.h"
#include "wizards/launch/networkspage.h"
#include "wizards/launch/portspage.h"
#include "wizards/launch/schedulerhintspage.h"
#include "wizards/launch/securitygroupspage.h"
#include "wizards/launch/servergroupspage.h"
#include "wizards/launch/sourcepage.h"
#include "wizards/launch/yesnoswitch.h"

#include "compute/flavorservice.h"
#include "image/imageservice.h"
#include "quota/quotaservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryFile>

using namespace sd;

class TestLaunchWizard : public QObject
{
    Q_OBJECT

    using Kind = SourcePage::Kind;

    test::VolumeLab lab;
    QString bigImageId;
    QString instanceSnapshotId;
    QString bootVolumeId; // bootable, made from image big (5 GB)
    QString dataVolumeId; // empty, not bootable
    QString bootSnapshotId;

    QString flavorId(const QString &name)
    {
        auto f = lab.engine->flavors().show(lab.admin, name);
        return f ? f->id : QString();
    }

    void setInstancesQuota(qint64 limit)
    {
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), limit}})
                    .ok());
    }

    // Fills the required fields so that Launch Instance is enabled.
    void fill(LaunchInstanceWizard &wizard, const QString &name)
    {
        wizard.detailsPage()->nameEdit()->setText(name);
        wizard.sourcePage()->table()->choose({lab.imageId});
        wizard.flavorPage()->table()->choose({flavorId(QStringLiteral("m1.tiny"))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        // A second image that needs a 5 GB root disk and 1 GB of RAM: m1.tiny cannot boot it.
        const QString file = lab.dir.filePath(QStringLiteral("big.qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                                   {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                    QStringLiteral("qcow2"), file, QStringLiteral("64M")}),
                 0);
        ImageSpec spec;
        spec.name = QStringLiteral("big");
        spec.minDiskGb = 5;
        spec.minRamMb = 1024;
        spec.visibility = ImageVisibility::Public;
        spec.sourceFile = file;
        auto image = lab.engine->images().importNow(lab.admin, spec);
        QVERIFY(image.ok());
        bigImageId = image->id;
        // An instance snapshot, as Nova's snapshots are marked.
        ImageSpec snap = spec;
        snap.name = QStringLiteral("web-snap");
        snap.minDiskGb = 0;
        snap.minRamMb = 0;
        snap.properties.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
        auto snapImage = lab.engine->images().importNow(lab.admin, snap);
        QVERIFY(snapImage.ok());
        instanceSnapshotId = snapImage->id;
        // The demo project's volumes: a bootable copy of big, an empty data volume, a snapshot of the first.
        VolumeSpec boot;
        boot.name = QStringLiteral("root-vol");
        boot.image = bigImageId;
        boot.sizeGb = 5;
        auto made = lab.engine->volumes().create(lab.demo, boot);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        auto settled = lab.engine->volumes().waitUntilSettled(made->id, 20000);
        QVERIFY(settled.ok());
        QCOMPARE(settled->status, VolumeStatus::Available);
        QVERIFY(settled->bootable);
        bootVolumeId = settled->id;
        auto data = lab.makeVolume(lab.demo, QStringLiteral("data-vol"), 1);
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
        dataVolumeId = data->id;
        auto snapshot =
            lab.engine->volumes().createSnapshot(lab.demo, bootVolumeId, QStringLiteral("root-snap"));
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message));
        bootSnapshotId = snapshot->id;
        QVERIFY(lab.waitForSnapshot(bootSnapshotId, CopyStatus::Available));
        QVERIFY(lab.waitForVolume(bootVolumeId, VolumeStatus::Available));
        QVERIFY(lab.addKeyPair(lab.demo, QStringLiteral("laptop")));
        QVERIFY(!lab.addServerGroup(lab.demo, QStringLiteral("spread"), QStringLiteral("anti-affinity"))
                     .isEmpty());
    }

    void detailsValidateAsTyped()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        DetailsPage *details = wizard.detailsPage();
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Launch Instance"));
        QCOMPARE(wizard.pageIds().size(), 11);
        QVERIFY(!details->isComplete());
        QVERIFY(details->reasonText().startsWith(QStringLiteral("Next is disabled: ")));
        details->nameEdit()->setText(QStringLiteral("bad\tname"));
        QVERIFY(!details->isComplete());
        details->nameEdit()->setText(QString(256, QLatin1Char('n')));
        QVERIFY(!details->isComplete());
        details->nameEdit()->setText(QStringLiteral("web"));
        QVERIFY2(details->isComplete(), qPrintable(details->problem()));
        QVERIFY(details->reasonText().isEmpty());
        // Any zone, or one of the hosts' zones.
        QVERIFY(details->zoneCombo()->count() >= 2);
        QCOMPARE(details->zoneCombo()->itemData(0).toString(), QString());
        QVERIFY(!wizard.launchButton()->isEnabled());
        QVERIFY(!wizard.launchButton()->toolTip().isEmpty());
    }

    void countIsCappedByTheQuota()
    {
        setInstancesQuota(3);
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        DetailsPage *details = wizard.detailsPage();
        details->nameEdit()->setText(QStringLiteral("many"));
        details->countBox()->setValue(3);
        QVERIFY(details->isComplete());
        QCOMPARE(details->donutCaption(), QStringLiteral("Used 0, Added 3, Remaining 0"));
        details->countBox()->setValue(4);
        QVERIFY(!details->isComplete());
        QCOMPARE(details->problem(),
                 QStringLiteral("The instance count must not exceed your quota available of 3 instances"));
        QCOMPARE(details->donut()->used(), 4.0);
        QCOMPARE(details->donut()->total(), 3.0);
        setInstancesQuota(10);
    }

    void sourceListsActiveImagesAndPreselects()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, bigImageId);
        SourcePage *source = wizard.sourcePage();
        QCOMPARE(source->table()->chosen(), QStringList{bigImageId});
        QVERIFY(source->isComplete());
        QVERIFY(source->table()->keys().contains(lab.imageId));
        QCOMPARE(source->table()->headerItem()->text(1), QStringLiteral("Updated"));
        source->table()->choose({});
        QCOMPARE(source->problem(), QStringLiteral("Choose the image to boot from"));
    }

    void flavorsAreGreyedOutWithTheirReason()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, bigImageId);
        ChoiceTable *flavors = wizard.flavorPage()->table();
        const QString tiny = flavorId(QStringLiteral("m1.tiny"));
        const QString small = flavorId(QStringLiteral("m1.small"));
        // min_ram first, as the engine checks it first.
        QCOMPARE(flavors->reason(tiny),
                 QStringLiteral("Flavor m1.tiny has 512 MB of RAM; image big needs at least 1024 MB"));
        QVERIFY(flavors->reason(small).isEmpty());
        flavors->choose({tiny});
        QVERIFY(flavors->chosen().isEmpty());
        QVERIFY(!wizard.flavorPage()->isComplete());
        flavors->choose({small});
        QVERIFY(wizard.flavorPage()->isComplete());
        // The quota's vCPUs: three m1.small (1 vCPU each) fit in 3, four do not; a chosen flavor that no
        // longer fits is let go.
        QVERIFY(
            lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("cores"), 3}}).ok());
        LaunchInstanceWizard capped(*lab.engine, lab.demo, lab.imageId);
        capped.detailsPage()->countBox()->setValue(3);
        ChoiceTable *cappedFlavors = capped.flavorPage()->table();
        QVERIFY(cappedFlavors->reason(small).isEmpty());
        QVERIFY(
            cappedFlavors->reason(flavorId(QStringLiteral("m1.medium"))).contains(QStringLiteral("vCPUs")));
        cappedFlavors->choose({small});
        capped.detailsPage()->countBox()->setValue(4);
        QCOMPARE(cappedFlavors->reason(small),
                 QStringLiteral("4 × flavor m1.small needs 4 vCPUs; your quota has 3 left"));
        QVERIFY(cappedFlavors->chosen().isEmpty());
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("cores"), 20}})
                    .ok());
        // The root disk against min_disk.
        LaunchQuota unlimited;
        Image big = *lab.engine->images().show(lab.admin, bigImageId);
        big.minRamMb = 0;
        QCOMPARE(FlavorFit::refusal(*lab.engine->flavors().show(lab.admin, tiny), &big, unlimited, 1),
                 QStringLiteral("Flavor m1.tiny has a 1 GB root disk; image big needs at least 5 GB"));
    }

    void bootSourceSwitchesTheTableAndTheFields()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        SourcePage *source = wizard.sourcePage();
        QComboBox *combo = source->bootSourceCombo();
        QStringList entries;
        for (int i = 0; i < combo->count(); ++i)
            entries << combo->itemText(i);
        QCOMPARE(entries, (QStringList{QStringLiteral("Image"), QStringLiteral("Instance Snapshot"),
                                       QStringLiteral("Volume"), QStringLiteral("Volume Snapshot")}));
        QVERIFY(!source->findChild<QLabel *>(QStringLiteral("BootSourceLabel")));
        const auto shown = [source](QWidget *field) { return field->isVisibleTo(source); };
        // An image: Create New Volume, No by default; the volume's fields only with Yes.
        QCOMPARE(source->kind(), Kind::Image);
        QCOMPARE(source->table()->objectName(), QStringLiteral("ImageTable"));
        QVERIFY(shown(source->createVolumeSwitch()));
        QVERIFY(!source->createVolumeSwitch()->isYes());
        QVERIFY(!shown(source->volumeSizeBox()));
        QVERIFY(!shown(source->volumeTypeCombo()));
        QVERIFY(!shown(source->deleteOnTerminationSwitch()));
        source->createVolumeSwitch()->yesButton()->click();
        QVERIFY(shown(source->volumeSizeBox()));
        QVERIFY(shown(source->volumeTypeCombo()));
        QVERIFY(shown(source->deleteOnTerminationSwitch()));
        QCOMPARE(source->volumeTypeCombo()->currentText(), QStringLiteral("standard"));
        // Instance snapshots are images, listed apart.
        source->setKind(Kind::InstanceSnapshot);
        QCOMPARE(source->table()->keys(), QStringList{instanceSnapshotId});
        QVERIFY(!source->table(Kind::Image)->keys().contains(instanceSnapshotId));
        QVERIFY(source->table(Kind::Image)->keys().contains(bigImageId));
        // A volume boots in place: no size, no type, no Create New Volume.
        source->setKind(Kind::Volume);
        QCOMPARE(source->table()->objectName(), QStringLiteral("VolumeTable"));
        QVERIFY(!shown(source->createVolumeSwitch()));
        QVERIFY(!shown(source->volumeSizeBox()));
        QVERIFY(!shown(source->volumeTypeCombo()));
        QVERIFY(shown(source->deleteOnTerminationSwitch()));
        QCOMPARE(source->problem(), QStringLiteral("Choose the volume to boot from"));
        // A volume snapshot is always copied into a new volume.
        source->setKind(Kind::VolumeSnapshot);
        QCOMPARE(source->table()->keys(), QStringList{bootSnapshotId});
        QVERIFY(!shown(source->createVolumeSwitch()));
        QVERIFY(shown(source->volumeSizeBox()));
        QVERIFY(shown(source->volumeTypeCombo()));
        QVERIFY(shown(source->deleteOnTerminationSwitch()));
        QCOMPARE(source->problem(), QStringLiteral("Choose the volume snapshot to boot from"));
        // Back to Image: the image table's choice is kept.
        source->setKind(Kind::Image);
        source->table()->choose({lab.imageId});
        source->setKind(Kind::Volume);
        source->setKind(Kind::Image);
        QCOMPARE(source->table()->chosen(), QStringList{lab.imageId});
    }

    void volumesThatCannotBootAreGreyedOut()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, BootSource::Volume, dataVolumeId);
        SourcePage *source = wizard.sourcePage();
        QCOMPARE(source->kind(), Kind::Volume);
        ChoiceTable *volumes = source->table();
        QVERIFY(volumes->chosen().isEmpty()); // preselected, but it cannot boot
        QCOMPARE(volumes->reason(dataVolumeId),
                 QStringLiteral("Volume data-vol is not bootable: set Bootable with Edit Volume"));
        QVERIFY(volumes->reason(bootVolumeId).isEmpty());
        QVERIFY2(source->notesText().contains(QStringLiteral("data-vol is not bootable")),
                 qPrintable(source->notesText()));
        // A volume that is not available is greyed out for its status.
        QVERIFY(
            lab.exec(QStringLiteral("UPDATE volumes SET status = 'in-use' WHERE id = ?"), {bootVolumeId}));
        {
            LaunchInstanceWizard busy(*lab.engine, lab.demo, BootSource::Volume, bootVolumeId);
            QCOMPARE(
                busy.sourcePage()->table()->reason(bootVolumeId),
                QStringLiteral("Volume root-vol is In-use: only an available volume can boot an instance"));
            QVERIFY2(busy.sourcePage()->problem().startsWith(QStringLiteral("No volume can boot: ")),
                     qPrintable(busy.sourcePage()->problem()));
        }
        QVERIFY(
            lab.exec(QStringLiteral("UPDATE volumes SET status = 'available' WHERE id = ?"), {bootVolumeId}));
    }

    void anExistingVolumeBootsOneInstance()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, BootSource::Volume, bootVolumeId);
        SourcePage *source = wizard.sourcePage();
        QCOMPARE(source->table()->chosen(), QStringList{bootVolumeId});
        QVERIFY2(source->isComplete(), qPrintable(source->problem()));
        wizard.detailsPage()->countBox()->setValue(2);
        QVERIFY(!source->isComplete());
        QCOMPARE(
            source->problem(),
            QStringLiteral("Volumes can only be attached to 1 active instance at a time. Please either set "
                           "your instance count to 1 or select a different source type."));
        wizard.detailsPage()->countBox()->setValue(1);
        QVERIFY(source->isComplete());
    }

    void volumeSizeBelowTheMinimumIsRefused()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, bigImageId);
        SourcePage *source = wizard.sourcePage();
        QVERIFY(source->isComplete());
        source->createVolumeSwitch()->yesButton()->click();
        // Horizon's minimum: ceil(max(virtual size, min_disk)); the size starts there.
        QCOMPARE(source->minimumVolumeGb(), 5);
        QCOMPARE(source->volumeSizeBox()->value(), 5);
        QVERIFY(source->isComplete());
        source->volumeSizeBox()->setValue(3);
        QVERIFY(!source->isComplete());
        QCOMPARE(source->problem(),
                 QStringLiteral("The volume size must be at least 5 GB: Volume Size (GB) is 3"));
        QCOMPARE(source->reasonText(), QStringLiteral("Next is disabled: ") + source->problem());
        wizard.detailsPage()->nameEdit()->setText(QStringLiteral("on-volume"));
        wizard.show();
        wizard.next();
        QVERIFY(wizard.currentPage() == source);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // A small image's minimum is its virtual size, at least 1 GB.
        source->table()->choose({lab.imageId});
        QCOMPARE(source->minimumVolumeGb(), 1);
        QCOMPARE(source->volumeSizeBox()->value(), 1);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // A volume snapshot's copy is at least the snapshot's size.
        source->setKind(Kind::VolumeSnapshot);
        source->table()->choose({bootSnapshotId});
        QCOMPARE(source->volumeSizeBox()->value(), 5);
        source->volumeSizeBox()->setValue(4);
        QCOMPARE(source->problem(),
                 QStringLiteral("The volume size must be at least 5 GB: Volume Size (GB) is 4"));
    }

    void newVolumesAreCheckedAgainstTheQuota()
    {
        // 6 GB left: big's 5 GB volume fits, 7 GB does not, nor two instances of 5 GB each.
        const qint64 used = VolumeQuota::read(*lab.engine, lab.demo, lab.demo.projectId).gigabytes.used;
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), used + 6}})
                    .ok());
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, bigImageId);
        SourcePage *source = wizard.sourcePage();
        source->createVolumeSwitch()->yesButton()->click();
        QVERIFY2(source->isComplete(), qPrintable(source->problem()));
        source->volumeSizeBox()->setValue(7);
        QVERIFY(!source->isComplete());
        QCOMPARE(source->problem(),
                 QStringLiteral("A volume of 7 GB cannot be created as you only have 6 GB of "
                                "your quota available."));
        source->volumeSizeBox()->setValue(5);
        wizard.detailsPage()->countBox()->setValue(2);
        QCOMPARE(source->problem(),
                 QStringLiteral("2 volumes of 5 GB cannot be created as you only have 6 GB of "
                                "your quota available."));
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("gigabytes"), 1000}})
                    .ok());
    }

    void theSpecCarriesTheBootSource()
    {
        {
            LaunchInstanceWizard wizard(*lab.engine, lab.demo, lab.imageId);
            SourcePage *source = wizard.sourcePage();
            LaunchSpec local = wizard.spec();
            QCOMPARE(local.bootSource, BootSource::Image);
            QCOMPARE(local.image, lab.imageId);
            QVERIFY(!local.newVolume);
            QCOMPARE(local.newVolumeSizeGb, 0);
            QVERIFY(local.newVolumeType.isEmpty());
            QVERIFY(!local.deleteVolumeOnTermination);
            source->createVolumeSwitch()->yesButton()->click();
            source->volumeSizeBox()->setValue(6);
            source->deleteOnTerminationSwitch()->yesButton()->click();
            const LaunchSpec spec = wizard.spec();
            QCOMPARE(spec.bootSource, BootSource::Image);
            QCOMPARE(spec.image, lab.imageId);
            QVERIFY(spec.newVolume);
            QCOMPARE(spec.newVolumeSizeGb, 6);
            QCOMPARE(spec.newVolumeType, QStringLiteral("standard"));
            QVERIFY(spec.deleteVolumeOnTermination);
            QVERIFY(spec.bootVolume.isEmpty());
            QVERIFY(spec.bootSnapshot.isEmpty());
            // Back to No: nothing of the volume is sent.
            source->createVolumeSwitch()->noButton()->click();
            QVERIFY(!wizard.spec().newVolume);
            QVERIFY(!wizard.spec().deleteVolumeOnTermination);
        }
        {
            LaunchInstanceWizard wizard(*lab.engine, lab.demo, BootSource::Volume, bootVolumeId);
            wizard.sourcePage()->deleteOnTerminationSwitch()->yesButton()->click();
            const LaunchSpec spec = wizard.spec();
            QCOMPARE(spec.bootSource, BootSource::Volume);
            QCOMPARE(spec.bootVolume, bootVolumeId);
            QVERIFY(spec.image.isEmpty());
            QVERIFY(!spec.newVolume);
            QCOMPARE(spec.newVolumeSizeGb, 0);
            QVERIFY(spec.deleteVolumeOnTermination);
        }
        {
            LaunchInstanceWizard wizard(*lab.engine, lab.demo, BootSource::VolumeSnapshot, bootSnapshotId);
            QCOMPARE(wizard.sourcePage()->kind(), Kind::VolumeSnapshot);
            wizard.sourcePage()->volumeSizeBox()->setValue(8);
            const LaunchSpec spec = wizard.spec();
            QCOMPARE(spec.bootSource, BootSource::VolumeSnapshot);
            QCOMPARE(spec.bootSnapshot, bootSnapshotId);
            QVERIFY(spec.newVolume);
            QCOMPARE(spec.newVolumeSizeGb, 8);
            // The copy starts in its volume's type.
            QCOMPARE(spec.newVolumeType, lab.volume(bootVolumeId)->typeName);
            QVERIFY(!spec.deleteVolumeOnTermination);
        }
        {
            LaunchInstanceWizard wizard(*lab.engine, lab.demo, instanceSnapshotId);
            QCOMPARE(wizard.sourcePage()->kind(), Kind::InstanceSnapshot);
            QCOMPARE(wizard.spec().bootSource, BootSource::Image);
            QCOMPARE(wizard.spec().image, instanceSnapshotId);
        }
    }

    void flavorsAreNotGreyedByTheRootDiskOfAVolume()
    {
        // Enough RAM for big (1 GB), too small a root disk for its 5 GB.
        FlavorSpec f;
        f.name = QStringLiteral("ram2g-disk1");
        f.ramMb = 2048;
        f.diskGb = 1;
        auto flavor = lab.engine->flavors().create(lab.admin, f);
        QVERIFY2(flavor.ok(), flavor.ok() ? "" : qPrintable(flavor.error().message));
        const QString tiny = flavorId(QStringLiteral("m1.tiny"));
        const QString ramMin =
            QStringLiteral("Flavor m1.tiny has 512 MB of RAM; image big needs at least 1024 MB");

        LaunchInstanceWizard wizard(*lab.engine, lab.demo, bigImageId);
        ChoiceTable *flavors = wizard.flavorPage()->table();
        QCOMPARE(flavors->reason(flavor->id),
                 QStringLiteral("Flavor ram2g-disk1 has a 1 GB root disk; image big needs at least 5 GB"));
        QCOMPARE(flavors->reason(tiny), ramMin);
        // The root disk is a new volume: the flavor's disk no longer counts, min_ram still does.
        wizard.sourcePage()->createVolumeSwitch()->yesButton()->click();
        QVERIFY(flavors->reason(flavor->id).isEmpty());
        QCOMPARE(flavors->reason(tiny), ramMin);
        QVERIFY2(wizard.flavorPage()->notesText().startsWith(
                     QStringLiteral("The root disk is a volume: the flavor's Root Disk is not used for it.")),
                 qPrintable(wizard.flavorPage()->notesText()));
        wizard.sourcePage()->createVolumeSwitch()->noButton()->click();
        QVERIFY(!flavors->reason(flavor->id).isEmpty());

        // An existing volume made from big: its image's min_ram counts, its size does not.
        LaunchInstanceWizard fromVolume(*lab.engine, lab.demo, BootSource::Volume, bootVolumeId);
        ChoiceTable *volumeFlavors = fromVolume.flavorPage()->table();
        QVERIFY(volumeFlavors->reason(flavor->id).isEmpty());
        QCOMPARE(volumeFlavors->reason(tiny), ramMin);
        volumeFlavors->choose({flavor->id});
        QCOMPARE(volumeFlavors->chosen(), QStringList{flavor->id});
        // The same from a snapshot of that volume.
        LaunchInstanceWizard fromSnapshot(*lab.engine, lab.demo, BootSource::VolumeSnapshot, bootSnapshotId);
        QVERIFY(fromSnapshot.flavorPage()->table()->reason(flavor->id).isEmpty());
        QCOMPARE(fromSnapshot.flavorPage()->table()->reason(tiny), ramMin);

        LaunchQuota unlimited;
        Image big = *lab.engine->images().show(lab.admin, bigImageId);
        QVERIFY(FlavorFit::refusal(*flavor, &big, unlimited, 1, FlavorFit::Root::Volume).isEmpty());
        QVERIFY(!FlavorFit::refusal(*flavor, &big, unlimited, 1, FlavorFit::Root::Local).isEmpty());
        QVERIFY(lab.engine->flavors().remove(lab.admin, flavor->id).ok());
    }

    void networksPortsAndGroups()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        fill(wizard, QStringLiteral("nic"));
        NetworksPage *networks = wizard.networksPage();
        // The project's only network is chosen for it.
        QCOMPARE(networks->chosen().size(), 1);
        networks->table()->choose({});
        QVERIFY(!wizard.launchButton()->isEnabled());
        // The project has no unused port, so the Networks step itself holds Next back.
        QCOMPARE(wizard.launchProblem(), QStringLiteral("Check at least one network"));
        QVERIFY(!networks->isComplete());
        QVERIFY(!wizard.portsPage()->isComplete());
        networks->table()->choose(networks->table()->keys());
        QVERIFY(wizard.portsPage()->isComplete());
        // default is preselected.
        SecurityGroupsPage *groups = wizard.securityGroupsPage();
        QCOMPARE(groups->table()->chosen().size(), 1);
        QCOMPARE(groups->table()->topLevelItem(0)->text(0), QStringLiteral("default"));
        groups->table()->choose({});
        QVERIFY(!groups->isComplete());
    }

    void keyPairsAndServerGroups()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        ChoiceTable *keys = wizard.keyPairPage()->table();
        QCOMPARE(keys->keys(), (QStringList{QString(), QStringLiteral("laptop")}));
        // The only key pair is chosen; none is allowed too.
        QCOMPARE(keys->chosen(), QStringList{QStringLiteral("laptop")});
        keys->choose({QString()});
        QVERIFY(wizard.keyPairPage()->isComplete());
        ChoiceTable *groups = wizard.serverGroupsPage()->table();
        QCOMPARE(groups->topLevelItemCount(), 2);
        QCOMPARE(groups->topLevelItem(1)->text(1), QStringLiteral("Anti Affinity"));
        // A member chooses no host.
        QVERIFY(!wizard.schedulerHintsPage()->hostCombo());
        LaunchInstanceWizard admin(*lab.engine, lab.admin, {});
        QVERIFY(admin.schedulerHintsPage()->hostCombo());
        QCOMPARE(admin.schedulerHintsPage()->hostCombo()->count(), 4);
    }

    void userDataIsLimitedTo64KiB()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        ConfigurationPage *config = wizard.configurationPage();
        config->scriptEdit()->setPlainText(QString(64 * 1024, QLatin1Char('a')));
        QVERIFY(config->isComplete());
        const QString full = QLocale().toString(64 * 1024);
        QCOMPARE(config->counterText(), QStringLiteral("%1 of %1 bytes").arg(full));
        config->scriptEdit()->setPlainText(QString(64 * 1024 + 1, QLatin1Char('a')));
        QVERIFY(!config->isComplete());
        QTemporaryFile big;
        QVERIFY(big.open());
        big.write(QByteArray(70000, 'x'));
        big.flush();
        config->scriptEdit()->clear();
        QVERIFY(!config->loadFile(big.fileName()));
        QVERIFY(config->errorText().contains(QStringLiteral("It was not loaded")));
        QVERIFY(config->scriptEdit()->toPlainText().isEmpty());
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write("#cloud-config\nhostname: web\n");
        script.flush();
        QVERIFY(config->loadFile(script.fileName()));
        QCOMPARE(config->userData(), QByteArray("#cloud-config\nhostname: web\n"));
    }

    void metadataFollowsTheEnginesRule()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        MetadataPage *metadata = wizard.metadataPage();
        metadata->addPair(QStringLiteral("role"), QString(256, QLatin1Char('v')));
        QVERIFY(!metadata->isComplete());
        QVERIFY(metadata->problem().contains(QStringLiteral("255")));
        metadata->table()->item(0, 1)->setText(QStringLiteral("web"));
        QVERIFY(metadata->isComplete());
        metadata->addPair(QStringLiteral("role"), QStringLiteral("db"));
        QVERIFY(!metadata->isComplete());
    }

    void launchMakesAnActiveInstance()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        wizard.show();
        fill(wizard, QStringLiteral("from-wizard"));
        wizard.configurationPage()->scriptEdit()->setPlainText(QStringLiteral("#cloud-config\n"));
        wizard.metadataPage()->addPair(QStringLiteral("role"), QStringLiteral("web"));
        QVERIFY2(wizard.launchButton()->isEnabled(), qPrintable(wizard.launchProblem()));
        QSignalSpy launched(&wizard, &LaunchInstanceWizard::launched);
        wizard.launchButton()->click();
        QCOMPARE(launched.count(), 1);
        QCOMPARE(launched.first().first().toStringList(), QStringList{QStringLiteral("from-wizard")});
        QVERIFY(!wizard.isVisible());
        auto list = lab.engine->instances().list(lab.demo);
        QVERIFY(list.ok());
        QString id;
        for (const Instance &i : *list)
            if (i.name == QLatin1String("from-wizard"))
                id = i.id;
        QVERIFY(!id.isEmpty());
        QVERIFY(lab.waitForStatus(lab.demo, id, QStringLiteral("ACTIVE")));
        const Instance made = *lab.engine->instances().show(lab.demo, id);
        QCOMPARE(made.keyName, QStringLiteral("laptop"));
        QCOMPARE(made.metadata.value(QStringLiteral("role")), QStringLiteral("web"));
        QCOMPARE(made.flavor.name, QStringLiteral("m1.tiny"));
    }

    void aRefusalStaysOnThePageWithTheInput()
    {
        LaunchInstanceWizard wizard(*lab.engine, lab.demo, {});
        wizard.show();
        fill(wizard, QStringLiteral("too-late"));
        // The quota changes after the wizard read it: the engine has the last word.
        setInstancesQuota(1);
        QVERIFY(wizard.launchButton()->isEnabled());
        QVERIFY(!wizard.launch());
        QVERIFY(wizard.isVisible());
        QVERIFY2(wizard.errorText().contains(QStringLiteral("instances")), qPrintable(wizard.errorText()));
        QCOMPARE(wizard.detailsPage()->nameEdit()->text(), QStringLiteral("too-late"));
        setInstancesQuota(10);
    }

    void imagesPanelLaunchesWithTheImageChosen()
    {
        ImagesPanel panel(*lab.engine, lab.demo, ImageModel::Scope::Project);
        panel.show();
        panel.selectImages({QStringLiteral("tiny")});
        QVERIFY(panel.actions()->launchAction()->isEnabled());
        panel.actions()->launchAction()->trigger();
        auto *wizard = test::openedDialog<LaunchInstanceWizard>(&panel);
        QVERIFY(wizard);
        QCOMPARE(wizard->sourcePage()->table()->chosen(), QStringList{lab.imageId});
        wizard->reject();
    }
};

SD_GUI_TEST_MAIN(TestLaunchWizard)
#include "tst_launchwizard.moc"

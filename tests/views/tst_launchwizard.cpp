// Launch Instance: each step's live validation in the engine's rules, the count capped by the quota,
// flavors greyed out with their reason, and a launch that makes an ACTIVE instance on the demo lab.

#include "instancelab.h"
#include "viewhelpers.h"
#include "viewtestlab.h"

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

#include "compute/flavorservice.h"
#include "image/imageservice.h"
#include "quota/quotaservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryFile>

using namespace sd;

class TestLaunchWizard : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    QString bigImageId;

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

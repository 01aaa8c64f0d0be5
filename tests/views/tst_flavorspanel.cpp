// Admin › Compute › Flavors: the table with human-readable sizes, Create Flavor (a private flavor, and
// the refusals that keep the engine empty), Update Metadata, Modify Access, Edit Flavor, Delete with its
// confirmation, and a member's main window without the panel.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/editflavordialog.h"
#include "dialogs/flavoraccessdialog.h"
#include "dialogs/flavorform.h"
#include "dialogs/metadatadialog.h"
#include "mainwindow.h"
#include "models/flavormodel.h"
#include "models/tablefilterproxy.h"
#include "panels/flavoractions.h"
#include "panels/flavorspanel.h"
#include "panels/tablepane.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/navigationtree.h"
#include "widgets/projectpicker.h"
#include "widgets/resourcetable.h"
#include "widgets/wizardsteps.h"
#include "wizards/createflavor/createflavorwizard.h"
#include "wizards/createflavor/flavoraccesspage.h"
#include "wizards/createflavor/flavorinfopage.h"

#include "compute/flavorservice.h"
#include "identity/projectservice.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>

using namespace sd;

class TestFlavorsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    std::unique_ptr<FlavorsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;

    QSortFilterProxyModel *proxy() const { return panel->table()->proxy(); }

    // One column of the table as shown, top to bottom.
    QStringList column(int c) const
    {
        QStringList cells;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            cells.append(proxy()->index(row, c).data().toString());
        return cells;
    }

    QString cell(const QString &flavor, int c) const
    {
        for (int row = 0; row < proxy()->rowCount(); ++row)
            if (proxy()->index(row, FlavorModel::Name).data().toString() == flavor)
                return proxy()->index(row, c).data().toString();
        return QStringLiteral("<no row>");
    }

    int flavorCount() const
    {
        auto list = lab.engine->flavors().list(lab.admin);
        return list ? int(list->size()) : -1;
    }

    QString projectId(const QString &name) const
    {
        auto p = lab.engine->projects().show(lab.admin, name);
        return p ? p->id : QString();
    }

    CreateFlavorWizard *openWizard()
    {
        panel->actions()->createAction()->trigger();
        auto *wizard = test::openedDialog<CreateFlavorWizard>(panel.get());
        if (wizard)
            (void)QTest::qWaitForWindowExposed(wizard);
        return wizard;
    }

    // Closed dialogs delete themselves later; finish that, so findChild() finds the next one.
    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        panel = std::make_unique<FlavorsPanel>(*lab.engine, lab.admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    // A test that failed half-way leaves its dialog open; the next test must not find that one.
    void init()
    {
        for (QDialog *dialog : panel->findChildren<QDialog *>())
            dialog->deleteLater();
        deleteClosedDialogs();
    }

    void cleanupTestCase()
    {
        modelTester.reset();
        panel.reset();
    }

    void listsTheDemoFlavorsBySizeInWords()
    {
        QCOMPARE(test::headerTexts(proxy()),
                 (QStringList{"Flavor Name", "VCPUs", "RAM", "Root Disk", "Ephemeral Disk", "Swap Disk", "ID",
                              "Public", "Metadata"}));
        QCOMPARE(column(FlavorModel::Name),
                 (QStringList{"m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge"}));
        QCOMPARE(column(FlavorModel::Vcpus), (QStringList{"1", "1", "2", "4", "8"}));
        QCOMPARE(column(FlavorModel::Ram), (QStringList{"512 MB", "2 GB", "4 GB", "8 GB", "16 GB"}));
        QCOMPARE(column(FlavorModel::RootDisk), (QStringList{"1 GB", "20 GB", "40 GB", "80 GB", "160 GB"}));
        QCOMPARE(cell(QStringLiteral("m1.tiny"), FlavorModel::EphemeralDisk), QStringLiteral("0 GB"));
        QCOMPARE(cell(QStringLiteral("m1.tiny"), FlavorModel::SwapDisk), QStringLiteral("0 MB"));
        QCOMPARE(column(FlavorModel::Public), (QStringList{"Yes", "Yes", "Yes", "Yes", "Yes"}));
        QCOMPARE(column(FlavorModel::Metadata), (QStringList{"No", "No", "No", "No", "No"}));
        QCOMPARE(cell(QStringLiteral("m1.small"), FlavorModel::Id),
                 lab.engine->flavors().show(lab.admin, QStringLiteral("m1.small"))->id);
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 5 items"));

        panel->table()->filterEdit()->setText(QStringLiteral("XLARGE"));
        QCOMPARE(column(FlavorModel::Name), QStringList{"m1.xlarge"});
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        panel->table()->filterEdit()->clear();
        QCOMPARE(proxy()->rowCount(), 5);
    }

    void actionsFollowTheSelection()
    {
        FlavorActions *a = panel->actions();
        for (QAction *action : a->toolbarActions())
            QVERIFY2(action->isVisible(), qPrintable(action->objectName())); // an administrator sees all
        panel->table()->selectByName({});
        QVERIFY(a->createAction()->isEnabled());
        QVERIFY(!a->metadataAction()->isEnabled());
        QVERIFY(!a->editAction()->isEnabled());
        QVERIFY(!a->accessAction()->isEnabled());
        QVERIFY(!a->deleteAction()->isEnabled());

        panel->table()->selectByName({QStringLiteral("m1.tiny")});
        QVERIFY(a->metadataAction()->isEnabled());
        QVERIFY(a->editAction()->isEnabled());
        QCOMPARE(a->deleteAction()->text(), QStringLiteral("Delete Flavor…"));
        // Public flavors have no access list; the disabled action says why.
        QVERIFY(!a->accessAction()->isEnabled());
        QVERIFY2(a->accessAction()->toolTip().contains(QStringLiteral("m1.tiny is public")),
                 qPrintable(a->accessAction()->toolTip()));

        panel->table()->selectByName({QStringLiteral("m1.tiny"), QStringLiteral("m1.small")});
        QCOMPARE(panel->selectedFlavors().size(), 2);
        QVERIFY(!a->editAction()->isEnabled()); // one flavor at a time
        QVERIFY(!a->metadataAction()->isEnabled());
        QVERIFY(a->deleteAction()->isEnabled());
        QCOMPARE(a->deleteAction()->text(), QStringLiteral("Delete Flavors…"));
    }

    void createsAPrivateFlavorForOneProject()
    {
        CreateFlavorWizard *wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->pageIds().size(), 2);
        QCOMPARE(wizard->page(wizard->pageIds().at(0))->title(), QStringLiteral("Flavor Information"));
        QCOMPARE(wizard->page(wizard->pageIds().at(1))->title(), QStringLiteral("Flavor Access"));
        auto *steps = wizard->findChild<WizardStepList *>();
        QVERIFY(steps);
        QCOMPARE(steps->steps(), (QStringList{"1. Flavor Information", "2. Flavor Access"}));
        QCOMPARE(steps->currentRow(), 0);
        FlavorForm *form = wizard->infoPage()->form();
        QCOMPARE(form->idEdit()->text(), QStringLiteral("auto"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled()); // no name yet
        QTest::keyClicks(form->nameEdit(), QStringLiteral("lab.medium"));
        form->vcpusBox()->setValue(2);
        form->ramBox()->setValue(3072);
        form->rootDiskBox()->setValue(10);
        form->swapBox()->setValue(512);
        form->descriptionEdit()->setPlainText(QStringLiteral("For the networking lab"));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        // Clicking the second step goes there, as Next does, and the list follows.
        steps->itemClicked(steps->item(1));
        QCOMPARE(wizard->currentPage(), wizard->accessPage());
        QCOMPARE(steps->currentRow(), 1);
        ProjectPicker *picker = wizard->accessPage()->picker();
        QVERIFY(wizard->accessPage()->visibilityLabel()->text().contains(QStringLiteral("Public")));
        picker->filterEdit()->setText(QStringLiteral("dem"));
        QCOMPARE(picker->allList()->count(), 1); // the filter leaves demo, hides admin
        picker->allList()->item(0)->setSelected(true);
        picker->addButton()->click();
        QCOMPARE(picker->chosenNames(), QStringList{"demo"});
        QVERIFY(wizard->accessPage()->visibilityLabel()->text().contains(QStringLiteral("Private")));
        wizard->button(QWizard::FinishButton)->click();

        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        auto flavor = lab.engine->flavors().show(lab.admin, QStringLiteral("lab.medium"));
        QVERIFY(flavor.ok());
        QVERIFY(!flavor->isPublic);
        QCOMPARE(flavor->projectIds, QStringList{projectId(QStringLiteral("demo"))});
        QCOMPARE(flavor->vcpus, 2);
        QCOMPARE(flavor->ramMb, qint64(3072));
        QCOMPARE(flavor->diskGb, qint64(10));
        QCOMPARE(flavor->swapMb, qint64(512));
        QCOMPARE(flavor->description, QStringLiteral("For the networking lab"));
        // The new row appears, in words, and is selected.
        QCOMPARE(cell(QStringLiteral("lab.medium"), FlavorModel::Ram), QStringLiteral("3 GB"));
        QCOMPARE(cell(QStringLiteral("lab.medium"), FlavorModel::Public), QStringLiteral("No"));
        QCOMPARE(panel->selectedFlavors().value(0).name, QStringLiteral("lab.medium"));
        QVERIFY(panel->actions()->accessAction()->isEnabled()); // private: access can be modified
    }

    void wizardRefusesBadFieldsNamingThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero vCPUs") << QStringLiteral("lab.none") << 0 << int(FlavorForm::Vcpus)
                                    << QStringLiteral("vCPUs 0: must be 1 to 4096");
        QTest::newRow("duplicate name")
            << QStringLiteral("m1.small") << 1 << int(FlavorForm::Name)
            << QStringLiteral("Flavor name 'm1.small' is already used; choose another name");
    }

    void wizardRefusesBadFieldsNamingThem()
    {
        QFETCH(QString, name);
        QFETCH(int, vcpus);
        QFETCH(int, field);
        QFETCH(QString, message);
        const int before = flavorCount();
        CreateFlavorWizard *wizard = openWizard();
        QVERIFY(wizard);
        FlavorForm *form = wizard->infoPage()->form();
        QTest::keyClicks(form->nameEdit(), name);
        form->vcpusBox()->setValue(vcpus);
        QCOMPARE(form->shownProblem(FlavorForm::Field(field)), message);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY2(wizard->infoPage()->reasonLabel()->text().contains(message),
                 qPrintable(wizard->infoPage()->reasonLabel()->text()));
        // The step list does not skip the refusal either.
        auto *steps = wizard->findChild<WizardStepList *>();
        steps->itemClicked(steps->item(1));
        QCOMPARE(wizard->currentPage(), wizard->infoPage());
        QCOMPARE(steps->currentRow(), 0);
        // Even forced (Return on a stale button), Create does not reach the engine.
        wizard->accept();
        QVERIFY(wizard->isVisible());
        QCOMPARE(flavorCount(), before);
        wizard->reject();
    }

    void theEnginesRefusalStaysInTheWizardWithTheInput()
    {
        const int before = flavorCount();
        CreateFlavorWizard *wizard = openWizard();
        QVERIFY(wizard);
        FlavorForm *form = wizard->infoPage()->form();
        QTest::keyClicks(form->nameEdit(), QStringLiteral("lab.race"));
        form->vcpusBox()->setValue(3);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        // Someone else (stackctl) takes the name while the wizard is open.
        FlavorSpec other;
        other.name = QStringLiteral("lab.race");
        QVERIFY(lab.engine->flavors().create(lab.admin, other).ok());
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->errorText(),
                 QStringLiteral("Flavor name 'lab.race' is already used; choose another name"));
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("lab.race"));
        QCOMPARE(form->vcpusBox()->value(), 3);
        QCOMPARE(flavorCount(), before + 1); // only the other one
        QCOMPARE(lab.engine->flavors().show(lab.admin, QStringLiteral("lab.race"))->vcpus, 1);
        wizard->reject();
        QVERIFY(lab.engine->flavors().remove(lab.admin, QStringLiteral("lab.race")).ok());
    }

    void updateMetadataAddsAndRemovesKeys()
    {
        QSignalSpy inserted(panel->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(panel->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(panel->model(), &QAbstractItemModel::dataChanged);
        panel->table()->selectByName({QStringLiteral("m1.small")});
        panel->actions()->metadataAction()->trigger();
        auto *dialog = test::openedDialog<MetadataDialog>(panel.get());
        QVERIFY(dialog);
        QVERIFY(dialog->currentValues().isEmpty());

        dialog->keyEdit()->setText(QStringLiteral("bad key!"));
        QVERIFY(dialog->addProblem().startsWith(QStringLiteral("Extra spec key 'bad key!'")));
        QVERIFY(!dialog->addButton()->isEnabled());
        QVERIFY(!dialog->saveButton()->isEnabled()); // an unadded key is not silently dropped
        dialog->keyEdit()->setText(QStringLiteral("hw:cpu_policy"));
        dialog->valueEdit()->setText(QStringLiteral("dedicated"));
        QVERIFY(dialog->addButton()->isEnabled());
        dialog->addButton()->click();
        dialog->keyEdit()->setText(QStringLiteral("hw:cpu_policy"));
        QVERIFY(dialog->addProblem().contains(QStringLiteral("already listed")));
        dialog->keyEdit()->clear();
        QCOMPARE(dialog->changedValues(), (QMap<QString, QString>{{"hw:cpu_policy", "dedicated"}}));
        dialog->saveButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->flavors().show(lab.admin, QStringLiteral("m1.small"))->extraSpecs,
                 (QMap<QString, QString>{{"hw:cpu_policy", "dedicated"}}));
        QCOMPARE(cell(QStringLiteral("m1.small"), FlavorModel::Metadata), QStringLiteral("Yes"));
        // The row changed in place: no reset, no new row.
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);

        deleteClosedDialogs();
        panel->actions()->metadataAction()->trigger();
        dialog = test::openedDialog<MetadataDialog>(panel.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->currentValues(), (QMap<QString, QString>{{"hw:cpu_policy", "dedicated"}}));
        QVERIFY(dialog->removeKey(QStringLiteral("hw:cpu_policy")));
        dialog->keyEdit()->setText(QStringLiteral("hw:mem_page_size"));
        dialog->valueEdit()->setText(QStringLiteral("large"));
        QTest::keyClick(dialog->valueEdit(), Qt::Key_Return); // Return adds, it does not save
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->removedKeys(), QStringList{"hw:cpu_policy"});
        QCOMPARE(dialog->changedValues(), (QMap<QString, QString>{{"hw:mem_page_size", "large"}}));
        dialog->saveButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->flavors().show(lab.admin, QStringLiteral("m1.small"))->extraSpecs,
                 (QMap<QString, QString>{{"hw:mem_page_size", "large"}}));
    }

    void modifyAccessGivesAndTakesProjects()
    {
        FlavorSpec spec;
        spec.name = QStringLiteral("lab.private");
        spec.isPublic = false;
        spec.projects = {QStringLiteral("admin")};
        QVERIFY(lab.engine->flavors().create(lab.admin, spec).ok());
        QCOMPARE(cell(QStringLiteral("lab.private"), FlavorModel::Public), QStringLiteral("No"));
        panel->table()->selectByName({QStringLiteral("lab.private")});
        QVERIFY(panel->actions()->accessAction()->isEnabled());
        panel->actions()->accessAction()->trigger();
        auto *dialog = test::openedDialog<FlavorAccessDialog>(panel.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->picker()->chosenNames(), QStringList{"admin"});
        dialog->picker()->choose(QStringLiteral("demo"));
        dialog->picker()->unchoose(QStringLiteral("admin"));
        dialog->saveButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->flavors().show(lab.admin, QStringLiteral("lab.private"))->projectIds,
                 QStringList{projectId(QStringLiteral("demo"))});
    }

    void editChangesOnlyTheDescription()
    {
        panel->table()->selectByName({QStringLiteral("m1.medium")});
        panel->actions()->editAction()->trigger();
        auto *dialog = test::openedDialog<EditFlavorDialog>(panel.get());
        QVERIFY(dialog);
        // The sizes are shown, in words, but cannot be edited.
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("FlavorRamValue"))->text(),
                 QStringLiteral("4 GB"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("FlavorRootValue"))->text(),
                 QStringLiteral("40 GB"));
        QVERIFY(dialog->findChildren<QSpinBox *>().isEmpty());
        dialog->descriptionEdit()->setPlainText(QStringLiteral("The default for students"));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        auto flavor = lab.engine->flavors().show(lab.admin, QStringLiteral("m1.medium"));
        QCOMPARE(flavor->description, QStringLiteral("The default for students"));
        QCOMPARE(flavor->ramMb, qint64(4096));
    }

    void deleteAsksFirstThenRemoves()
    {
        panel->table()->selectByName({QStringLiteral("lab.medium"), QStringLiteral("lab.private")});
        panel->actions()->deleteAction()->trigger();
        auto *box = test::openedDialog<QMessageBox>(panel.get());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("DeleteFlavorConfirmation"));
        QVERIFY2(box->text().contains(QStringLiteral("lab.medium")) &&
                     box->text().contains(QStringLiteral("lab.private")),
                 qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("keep their copy")));
        buttonWithRole(box, QMessageBox::RejectRole)->click();
        QVERIFY(
            lab.engine->flavors().show(lab.admin, QStringLiteral("lab.medium")).ok()); // Cancel keeps them

        deleteClosedDialogs();
        panel->actions()->deleteAction()->trigger();
        box = test::openedDialog<QMessageBox>(panel.get());
        QVERIFY(box);
        QAbstractButton *remove = buttonWithRole(box, QMessageBox::DestructiveRole);
        QCOMPARE(remove->text(), QStringLiteral("Delete Flavors"));
        remove->click();
        QVERIFY(!lab.engine->flavors().show(lab.admin, QStringLiteral("lab.medium")).ok());
        QVERIFY(!lab.engine->flavors().show(lab.admin, QStringLiteral("lab.private")).ok());
        QCOMPARE(column(FlavorModel::Name),
                 (QStringList{"m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge"}));
    }

    void onlyAdministratorsGetThePanel()
    {
        MainWindow admin(*lab.engine, lab.admin);
        const QStringList keys = admin.navigation()->panelKeys();
        QVERIFY(admin.panel(QStringLiteral("admin/flavors")));
        // Horizon's Admin › Compute: Hypervisors, Instances, Flavors.
        QCOMPARE(keys.indexOf(QStringLiteral("admin/instances")),
                 keys.indexOf(QStringLiteral("admin/hypervisors")) + 1);
        QCOMPARE(keys.indexOf(QStringLiteral("admin/flavors")),
                 keys.indexOf(QStringLiteral("admin/instances")) + 1);

        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QCOMPARE(member.userName, QStringLiteral("demo"));
        MainWindow window(*lab.engine, member);
        QVERIFY(!window.panel(QStringLiteral("admin/flavors")));
        QVERIFY(!window.navigation()->panelKeys().contains(QStringLiteral("admin/flavors")));
    }
};

SD_GUI_TEST_MAIN(TestFlavorsPanel)
#include "tst_flavorspanel.moc"

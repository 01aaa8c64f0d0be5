// Project › Network › Networks and Admin › Network › Networks: the demo lab's networks with their
// subnets, the Create Network wizard (a network with its subnet, the live check naming the field, the
// engine's refusal kept in the wizard with nothing half-made), the details window's Subnets and Ports
// tabs, Edit Network, Delete Network, and what a member is not offered.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/editnetworkdialog.h"
#include "dialogs/portdialog.h"
#include "dialogs/subnetdialog.h"
#include "models/networkmodel.h"
#include "models/portmodel.h"
#include "models/subnetmodel.h"
#include "models/tablefilterproxy.h"
#include "panels/networkactions.h"
#include "panels/networkdetailsdialog.h"
#include "panels/networkspanel.h"
#include "panels/portactions.h"
#include "panels/subnetactions.h"
#include "panels/tablepane.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/wizardsteps.h"
#include "wizards/createnetwork/createnetworkwizard.h"
#include "wizards/createnetwork/networkpage.h"
#include "wizards/createnetwork/subnetdetailspage.h"
#include "wizards/createnetwork/subnetpage.h"
#include "wizards/createnetwork/wizardside.h"

#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/subnetservice.h"
#include "quota/quotaservice.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace sd;

class TestNetworksPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    RequestContext member;
    std::unique_ptr<NetworksPanel> panel; // Project › Network › Networks, as user demo
    std::unique_ptr<NetworksPanel> adminPanel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> adminModelTester;

    static QStringList column(const QAbstractItemModel *model, int c)
    {
        QStringList cells;
        for (int row = 0; row < model->rowCount(); ++row)
            cells.append(model->index(row, c).data().toString());
        return cells;
    }

    // The row of a network as the table shows it, cells joined with " | ".
    static QString rowOf(NetworksPanel *p, const QString &name)
    {
        const QAbstractItemModel *proxy = p->table()->proxy();
        const int nameColumn = p->model()->columnOf(NetworkModel::Name);
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, nameColumn).data().toString() == name) {
                QStringList cells;
                for (int c = 0; c < proxy->columnCount(); ++c)
                    cells.append(proxy->index(row, c).data().toString());
                return cells.join(QStringLiteral(" | "));
            }
        return QStringLiteral("<no row>");
    }

    std::optional<Network> network(const QString &name) const
    {
        auto n = lab.engine->networks().show(lab.admin, name);
        return n ? std::optional<Network>(*n) : std::nullopt;
    }

    QList<Subnet> subnetsOf(const QString &network) const
    {
        auto list = lab.engine->subnets().list(lab.admin, network);
        return list ? *list : QList<Subnet>();
    }

    CreateNetworkWizard *openWizard(NetworksPanel *p)
    {
        p->actions()->createAction()->trigger();
        auto *wizard = test::openedDialog<CreateNetworkWizard>(p);
        if (wizard)
            (void)QTest::qWaitForWindowExposed(wizard);
        return wizard;
    }

    NetworkDetailsDialog *openDetails(const QString &name)
    {
        panel->selectNetworks({name});
        panel->actions()->detailsAction()->trigger();
        return test::openedDialog<NetworkDetailsDialog>(panel.get());
    }

    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b;
        return nullptr;
    }

    // Confirms the delete confirmation the action opened under parent.
    static bool confirm(QWidget *parent, const QString &name)
    {
        auto *box = test::openedDialog<QMessageBox>(parent);
        if (!box || box->objectName() != name)
            return false;
        QAbstractButton *yes = buttonWithRole(box, QMessageBox::DestructiveRole);
        if (!yes)
            return false;
        yes->click();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        panel = std::make_unique<NetworksPanel>(*lab.engine, member, NetworkModel::Scope::Project);
        adminPanel = std::make_unique<NetworksPanel>(*lab.engine, lab.admin, NetworkModel::Scope::Admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        adminModelTester = std::make_unique<QAbstractItemModelTester>(
            adminPanel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    // A test that failed half-way leaves its dialog open; the next test must not find that one.
    void init()
    {
        for (QWidget *p : {static_cast<QWidget *>(panel.get()), static_cast<QWidget *>(adminPanel.get())})
            for (QDialog *dialog : p->findChildren<QDialog *>())
                dialog->deleteLater();
        deleteClosedDialogs();
    }

    void cleanupTestCase()
    {
        modelTester.reset();
        adminModelTester.reset();
        panel.reset();
        adminPanel.reset();
    }

    void listsTheDemoLabsNetworks()
    {
        QCOMPARE(test::headerTexts(panel->table()->proxy()),
                 (QStringList{"Name", "Subnets Associated", "Shared", "External", "Status", "Admin State"}));
        // The member sees its own network and the external one it may route to.
        QCOMPARE(column(panel->table()->proxy(), panel->model()->columnOf(NetworkModel::Name)),
                 (QStringList{"private", "public"}));
        const Subnet privateSubnet = subnetsOf(QStringLiteral("private")).value(0);
        const Subnet publicSubnet = subnetsOf(QStringLiteral("public")).value(0);
        QCOMPARE(privateSubnet.cidr, QStringLiteral("10.0.0.0/24"));
        QCOMPARE(publicSubnet.cidr, QStringLiteral("172.24.4.0/24"));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("private")),
                 QStringLiteral("private | %1 10.0.0.0/24 | No | No | Active | UP").arg(privateSubnet.name));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("public")),
                 QStringLiteral("public | %1 172.24.4.0/24 | No | Yes | Active | UP").arg(publicSubnet.name));
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 2 items"));

        // Every project's networks for the administrator, the project first.
        QCOMPARE(test::headerTexts(adminPanel->table()->proxy()),
                 (QStringList{"Project", "Name", "Subnets Associated", "Shared", "External", "Status",
                              "Admin State"}));
        QVERIFY2(
            rowOf(adminPanel.get(), QStringLiteral("private")).startsWith(QStringLiteral("demo | private |")),
            qPrintable(rowOf(adminPanel.get(), QStringLiteral("private"))));
        QVERIFY2(
            rowOf(adminPanel.get(), QStringLiteral("public")).startsWith(QStringLiteral("admin | public |")),
            qPrintable(rowOf(adminPanel.get(), QStringLiteral("public"))));

        panel->table()->filterEdit()->setText(QStringLiteral("10.0.0"));
        QCOMPARE(column(panel->table()->proxy(), 0), QStringList{"private"});
        panel->table()->filterEdit()->clear();
        QCOMPARE(panel->table()->proxy()->rowCount(), 2);
    }

    void aMemberIsNotOfferedSharedOrExternal()
    {
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        QVERIFY(!wizard->networkPage()->sharedBox());
        QVERIFY(!wizard->networkPage()->externalBox());
        QVERIFY(!wizard->networkPage()->projectCombo());
        QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("SharedBox")));
        wizard->reject();
        deleteClosedDialogs();

        // The administrator's Admin panel offers both, and the project the network is made for.
        wizard = openWizard(adminPanel.get());
        QVERIFY(wizard);
        QVERIFY(wizard->networkPage()->sharedBox());
        QVERIFY(wizard->networkPage()->externalBox());
        QVERIFY(wizard->networkPage()->projectCombo());
        wizard->reject();

        // And the Edit Network dialog of a member has neither.
        panel->selectNetworks({QStringLiteral("private")});
        panel->actions()->editAction()->trigger();
        auto *edit = test::openedDialog<EditNetworkDialog>(panel.get());
        QVERIFY(edit);
        QVERIFY(!edit->sharedBox());
        QVERIFY(!edit->externalBox());
        edit->reject();
    }

    void actionsFollowTheSelection()
    {
        NetworkActions *a = panel->actions();
        panel->selectNetworks({});
        QVERIFY(a->createAction()->isEnabled());
        QVERIFY(!a->editAction()->isEnabled());
        QVERIFY(!a->deleteAction()->isEnabled());
        panel->selectNetworks({QStringLiteral("private")});
        QVERIFY(a->editAction()->isEnabled());
        QVERIFY(a->createSubnetAction()->isEnabled());
        QVERIFY(a->deleteAction()->isEnabled());
        // The external network is the administrator's: the member's actions say so.
        panel->selectNetworks({QStringLiteral("public")});
        QVERIFY(!a->editAction()->isEnabled());
        QVERIFY2(a->editAction()->toolTip().contains(QStringLiteral("only an administrator")),
                 qPrintable(a->editAction()->toolTip()));
        QVERIFY(!a->deleteAction()->isEnabled());
        QVERIFY(!a->createSubnetAction()->isEnabled());
    }

    void createsANetworkWithASubnetThroughTheWizard()
    {
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        auto *steps = wizard->findChild<WizardStepList *>();
        QVERIFY(steps);
        QCOMPARE(steps->steps(), (QStringList{"1. Network", "2. Subnet", "3. Subnet Details"}));
        QTest::keyClicks(wizard->networkPage()->nameEdit(), QStringLiteral("web"));
        // Create waits for the subnet's address while Create Subnet is checked.
        QVERIFY(!wizard->createButton()->isEnabled());
        QVERIFY(wizard->createButton()->isVisible());
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->subnetPage());
        wizard->subnetPage()->nameEdit()->setText(QStringLiteral("web-subnet"));
        wizard->subnetPage()->cidrEdit()->setText(QStringLiteral("192.168.10.0/24"));
        QVERIFY(wizard->createButton()->isEnabled());
        // The default gateway is worked out as the address is typed.
        QVERIFY2(
            wizard->subnetPage()->gatewayEdit()->placeholderText().contains(QStringLiteral("192.168.10.1")),
            qPrintable(wizard->subnetPage()->gatewayEdit()->placeholderText()));
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->detailsPage());
        wizard->detailsPage()->poolsEdit()->setPlainText(QStringLiteral("192.168.10.10,192.168.10.50"));
        wizard->detailsPage()->dnsEdit()->setPlainText(QStringLiteral("8.8.8.8\n1.1.1.1"));
        wizard->detailsPage()->routesEdit()->setPlainText(QStringLiteral("192.168.200.0/24,192.168.10.254"));
        QVERIFY2(wizard->createButton()->isEnabled(), qPrintable(wizard->createProblem()));
        QCOMPARE(wizard->side()->reason(),
                 QStringLiteral("Create makes network web with subnet 192.168.10.0/24."));
        wizard->createButton()->click();
        QCOMPARE(wizard->result(), int(QDialog::Accepted));

        const auto web = network(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->projectId, member.projectId);
        QVERIFY(!web->shared);
        const QList<Subnet> subnets = subnetsOf(QStringLiteral("web"));
        QCOMPARE(subnets.size(), 1);
        QCOMPARE(subnets.first().name, QStringLiteral("web-subnet"));
        QCOMPARE(subnets.first().cidr, QStringLiteral("192.168.10.0/24"));
        QCOMPARE(subnets.first().gatewayIp, QStringLiteral("192.168.10.1"));
        QCOMPARE(subnets.first().allocationPools,
                 (QList<AllocationPool>{{QStringLiteral("192.168.10.10"), QStringLiteral("192.168.10.50")}}));
        QCOMPARE(subnets.first().dnsNameservers, (QStringList{"8.8.8.8", "1.1.1.1"}));
        QCOMPARE(subnets.first().hostRoutes.size(), 1);
        // The new row is there with its subnet, and selected.
        QCOMPARE(rowOf(panel.get(), QStringLiteral("web")),
                 QStringLiteral("web | web-subnet 192.168.10.0/24 | No | No | Active | UP"));
        QCOMPARE(panel->selectedNetworks().value(0).name, QStringLiteral("web"));
    }

    void createsANetworkWithoutASubnet()
    {
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        QTest::keyClicks(wizard->networkPage()->nameEdit(), QStringLiteral("bare"));
        wizard->networkPage()->createSubnetBox()->setChecked(false);
        // The subnet steps no longer apply: the network step is the last, and Create needs nothing else.
        QVERIFY(wizard->networkPage()->isFinalPage());
        QVERIFY(wizard->createButton()->isEnabled());
        auto *steps = wizard->findChild<WizardStepList *>();
        QVERIFY(!(steps->item(1)->flags() & Qt::ItemIsEnabled));
        wizard->createButton()->click();
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        QVERIFY(network(QStringLiteral("bare")));
        QVERIFY(subnetsOf(QStringLiteral("bare")).isEmpty());
        QCOMPARE(rowOf(panel.get(), QStringLiteral("bare")),
                 QStringLiteral("bare |  | No | No | Active | UP"));
    }

    void liveValidationNamesTheFieldAndHoldsCreate_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("pools");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prefix too long") << "10.0.0.0/33"
                                         << ""
                                         << "" << int(SubnetField::Cidr) << "prefix length must be 0-32";
        QTest::newRow("host bits set") << "10.0.0.1/24"
                                       << ""
                                       << "" << int(SubnetField::Cidr) << "10.0.0.0/24";
        QTest::newRow("gateway outside") << "10.1.0.0/24"
                                         << "10.2.0.1"
                                         << "" << int(SubnetField::Gateway) << "10.2.0.1";
        QTest::newRow("pool outside") << "10.1.0.0/24"
                                      << ""
                                      << "10.1.0.10,10.1.1.20" << int(SubnetField::Pools) << "10.1.1.20";
        QTest::newRow("pool line without comma") << "10.1.0.0/24"
                                                 << ""
                                                 << "10.1.0.10" << int(SubnetField::Pools) << "line 1";
    }

    void liveValidationNamesTheFieldAndHoldsCreate()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(QString, pools);
        QFETCH(int, field);
        QFETCH(QString, expected);
        const int before = panel->model()->rowCount();
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        QTest::keyClicks(wizard->networkPage()->nameEdit(), QStringLiteral("refused"));
        wizard->next();
        QTest::keyClicks(wizard->subnetPage()->cidrEdit(), cidr);
        QTest::keyClicks(wizard->subnetPage()->gatewayEdit(), gateway);
        wizard->detailsPage()->poolsEdit()->setPlainText(pools);
        const SubnetField which = SubnetField(field);
        const QString shown = which == SubnetField::Pools ? wizard->detailsPage()->shownProblem(which)
                                                          : wizard->subnetPage()->shownProblem(which);
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QVERIFY(!wizard->createButton()->isEnabled());
        QCOMPARE(wizard->createButton()->toolTip(), shown);
        // The reason is also said beside the steps, where it stays in view on every step.
        QCOMPARE(wizard->side()->reason(),
                 QStringLiteral("Create waits for step %1:\n%2")
                     .arg(which == SubnetField::Pools ? QStringLiteral("3, Subnet Details")
                                                      : QStringLiteral("2, Subnet"),
                          shown));
        if (which != SubnetField::Pools)
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // Even forced, Create does not reach the engine.
        wizard->create();
        QVERIFY(wizard->isVisible());
        QCOMPARE(panel->model()->rowCount(), before);
        QVERIFY(!network(QStringLiteral("refused")));
        wizard->reject();
    }

    void correctingTheAddressReleasesCreate()
    {
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        wizard->next();
        wizard->subnetPage()->cidrEdit()->setText(QStringLiteral("10.0.0.0/33"));
        QVERIFY(!wizard->createButton()->isEnabled());
        wizard->subnetPage()->cidrEdit()->setText(QStringLiteral("10.0.0.0/23"));
        QCOMPARE(wizard->subnetPage()->shownProblem(SubnetField::Cidr), QString());
        QVERIFY(wizard->createButton()->isEnabled());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
    }

    void aRefusedSubnetLeavesNoNetworkAndKeepsTheInput()
    {
        // The project may make no more subnets: the network is made, the subnet refused, the network undone.
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("subnets"), 0}})
                    .ok());
        CreateNetworkWizard *wizard = openWizard(panel.get());
        QVERIFY(wizard);
        QTest::keyClicks(wizard->networkPage()->nameEdit(), QStringLiteral("over-quota"));
        wizard->next();
        wizard->subnetPage()->cidrEdit()->setText(QStringLiteral("192.168.77.0/24"));
        QVERIFY(wizard->createButton()->isEnabled());
        wizard->createButton()->click();
        QVERIFY(wizard->isVisible());
        QVERIFY2(wizard->errorText().contains(QStringLiteral("Nothing was created")),
                 qPrintable(wizard->errorText()));
        QVERIFY(!network(QStringLiteral("over-quota")));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("over-quota")), QStringLiteral("<no row>"));
        QCOMPARE(wizard->networkPage()->nameEdit()->text(), QStringLiteral("over-quota"));
        QCOMPARE(wizard->subnetPage()->cidrEdit()->text(), QStringLiteral("192.168.77.0/24"));
        wizard->reject();
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("subnets"), 100}})
                    .ok());
    }

    void subnetsAreCreatedEditedAndDeletedFromTheDetails()
    {
        NetworkDetailsDialog *details = openDetails(QStringLiteral("web"));
        QVERIFY(details);
        QCOMPARE(details->overviewValue(QStringLiteral("Name")), QStringLiteral("web"));
        QCOMPARE(details->subnetModel()->rowCount(), 1);
        QCOMPARE(test::headerTexts(details->subnetModel()),
                 (QStringList{"Name", "Network Address", "IP Version", "Gateway IP"}));

        details->subnetActions()->createAction()->trigger();
        auto *create = test::openedDialog<SubnetDialog>(details);
        QVERIFY(create);
        create->subnetPage()->nameEdit()->setText(QStringLiteral("web-v6"));
        // The network's other subnet is checked too: an overlap is named under the address.
        create->subnetPage()->cidrEdit()->setText(QStringLiteral("192.168.10.128/25"));
        QVERIFY2(!create->subnetPage()->shownProblem(SubnetField::Cidr).isEmpty(), "overlap not shown");
        QVERIFY(!create->saveButton()->isEnabled());
        create->subnetPage()->cidrEdit()->setText(QStringLiteral("fd00:10::/64"));
        create->subnetPage()->ipVersionCombo()->setCurrentIndex(1);
        QVERIFY2(create->saveButton()->isEnabled(), qPrintable(create->saveButton()->toolTip()));
        create->saveButton()->click();
        QCOMPARE(create->result(), int(QDialog::Accepted));
        QCOMPARE(subnetsOf(QStringLiteral("web")).size(), 2);
        QTRY_COMPARE(details->subnetModel()->rowCount(), 2);
        QVERIFY(details->overviewValue(QStringLiteral("Subnets")).contains(QStringLiteral("fd00:10::/64")));
        QCOMPARE(
            rowOf(panel.get(), QStringLiteral("web")),
            QStringLiteral("web | web-subnet 192.168.10.0/24, web-v6 fd00:10::/64 | No | No | Active | UP"));
        deleteClosedDialogs();

        // Edit keeps the address and sends what changed.
        details->subnetTable()->selectByName({QStringLiteral("web-subnet")});
        details->subnetActions()->editAction()->trigger();
        auto *edit = test::openedDialog<SubnetDialog>(details);
        QVERIFY(edit);
        QVERIFY(edit->subnetPage()->cidrEdit()->isReadOnly());
        edit->detailsPage()->dhcpBox()->setChecked(false);
        QVERIFY(edit->saveButton()->isEnabled());
        edit->saveButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        QVERIFY(!lab.engine->subnets().show(lab.admin, QStringLiteral("web-subnet"))->enableDhcp);
        deleteClosedDialogs();

        details->subnetTable()->selectByName({QStringLiteral("web-v6")});
        QVERIFY(details->subnetActions()->deleteAction()->isEnabled());
        details->subnetActions()->deleteAction()->trigger();
        QVERIFY(confirm(details, QStringLiteral("DeleteSubnetConfirmation")));
        QCOMPARE(subnetsOf(QStringLiteral("web")).size(), 1);
        QTRY_COMPARE(details->subnetModel()->rowCount(), 1);
        details->reject();
    }

    void portsAreCreatedEditedAndDeletedFromTheDetails()
    {
        NetworkDetailsDialog *details = openDetails(QStringLiteral("web"));
        QVERIFY(details);
        details->tabs()->setCurrentIndex(2);
        QCOMPARE(
            test::headerTexts(details->portModel()),
            (QStringList{"Name", "Fixed IPs", "MAC Address", "Attached Device", "Status", "Admin State"}));
        const int before = details->portModel()->rowCount();

        details->portActions()->createAction()->trigger();
        auto *create = test::openedDialog<PortDialog>(details);
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("reserved"));
        QVERIFY(create->subnetCombo()->count() >= 2);
        create->subnetCombo()->setCurrentIndex(1);
        create->ipEdit()->setText(QStringLiteral("10.9.9.9"));
        QVERIFY2(create->problemText().contains(QStringLiteral("outside subnet")),
                 qPrintable(create->problemText()));
        QVERIFY(!create->okButton()->isEnabled());
        create->ipEdit()->setText(QStringLiteral("192.168.10.20"));
        QVERIFY(create->okButton()->isEnabled());
        create->chooseSecurityGroups({QStringLiteral("default")});
        create->okButton()->click();
        QVERIFY2(create->result() == QDialog::Accepted, qPrintable(create->errorText()));
        PortFilter onWeb;
        onWeb.network = QStringLiteral("web");
        auto ports = lab.engine->ports().list(lab.admin, onWeb);
        QVERIFY(ports);
        const auto reserved = std::find_if(ports->begin(), ports->end(),
                                           [](const Port &p) { return p.name == QLatin1String("reserved"); });
        QVERIFY(reserved != ports->end());
        QCOMPARE(reserved->fixedIps.value(0).ipAddress, QStringLiteral("192.168.10.20"));
        QCOMPARE(reserved->securityGroupIds.size(), 1);
        QVERIFY(reserved->portSecurityEnabled);
        QTRY_COMPARE(details->portModel()->rowCount(), before + 1);
        deleteClosedDialogs();

        // The address is taken now: the engine's refusal stays in the dialog with the input.
        details->portActions()->createAction()->trigger();
        auto *taken = test::openedDialog<PortDialog>(details);
        QVERIFY(taken);
        taken->subnetCombo()->setCurrentIndex(1);
        taken->ipEdit()->setText(QStringLiteral("192.168.10.20"));
        taken->okButton()->click();
        QVERIFY(taken->isVisible());
        QVERIFY2(taken->errorText().contains(QStringLiteral("192.168.10.20")),
                 qPrintable(taken->errorText()));
        QCOMPARE(taken->ipEdit()->text(), QStringLiteral("192.168.10.20"));
        taken->reject();
        deleteClosedDialogs();

        // No group ticked means no group, not the project's default (nothing is let in).
        details->portActions()->createAction()->trigger();
        auto *closed = test::openedDialog<PortDialog>(details);
        QVERIFY(closed);
        closed->nameEdit()->setText(QStringLiteral("closed"));
        closed->chooseSecurityGroups({});
        closed->okButton()->click();
        QVERIFY2(closed->result() == QDialog::Accepted, qPrintable(closed->errorText()));
        auto closedPort = lab.engine->ports().show(lab.admin, QStringLiteral("closed"));
        QVERIFY(closedPort);
        QVERIFY(closedPort->portSecurityEnabled);
        QVERIFY(closedPort->securityGroupIds.isEmpty());
        QCOMPARE(closedPort->fixedIps.size(), 1); // any subnet: the next free address
        deleteClosedDialogs();

        // Edit: port security off takes the security groups with it.
        details->portTable()->selectByName({QStringLiteral("reserved")});
        details->portActions()->editAction()->trigger();
        auto *edit = test::openedDialog<PortDialog>(details);
        QVERIFY(edit);
        edit->portSecurityBox()->setChecked(false);
        QVERIFY(!edit->securityGroupList()->isEnabled());
        edit->okButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        auto edited = lab.engine->ports().show(lab.admin, reserved->id);
        QVERIFY(edited);
        QVERIFY(!edited->portSecurityEnabled);
        QVERIFY(edited->securityGroupIds.isEmpty());
        deleteClosedDialogs();

        details->portTable()->selectByName({QStringLiteral("reserved"), QStringLiteral("closed")});
        QCOMPARE(details->portActions()->deleteAction()->text(), QStringLiteral("Delete Ports…"));
        details->portActions()->deleteAction()->trigger();
        QVERIFY(confirm(details, QStringLiteral("DeletePortConfirmation")));
        QVERIFY(!lab.engine->ports().show(lab.admin, reserved->id));
        QVERIFY(!lab.engine->ports().show(lab.admin, closedPort->id));
        QTRY_COMPARE(details->portModel()->rowCount(), before);
        details->reject();
    }

    void aRoutersPortIsChangedThroughTheRouter()
    {
        NetworkDetailsDialog *details = openDetails(QStringLiteral("private"));
        QVERIFY(details);
        const QAbstractItemModel *ports = details->portTable()->proxy();
        const int owner = details->portModel()->columnOf(PortModel::AttachedDevice);
        QString name;
        for (int row = 0; row < ports->rowCount(); ++row)
            if (ports->index(row, owner).data().toString() == QLatin1String("network:router_interface"))
                name = ports->index(row, 0).data().toString();
        QVERIFY2(!name.isEmpty(), "router1's interface on private is listed");
        details->portTable()->selectByName({name});
        QVERIFY(!details->portActions()->deleteAction()->isEnabled());
        QVERIFY(!details->portActions()->editAction()->isEnabled());
        QVERIFY2(details->portActions()->deleteAction()->toolTip().contains(QStringLiteral("Routers")),
                 qPrintable(details->portActions()->deleteAction()->toolTip()));
        details->reject();
    }

    void editNetworkRenamesAndHoldsDown()
    {
        panel->selectNetworks({QStringLiteral("bare")});
        panel->actions()->editAction()->trigger();
        auto *edit = test::openedDialog<EditNetworkDialog>(panel.get());
        QVERIFY(edit);
        edit->nameEdit()->setText(QStringLiteral("bare-renamed"));
        edit->adminStateBox()->setChecked(false);
        edit->okButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        QVERIFY(!network(QStringLiteral("bare")));
        QVERIFY(!network(QStringLiteral("bare-renamed"))->adminStateUp);
        QCOMPARE(rowOf(panel.get(), QStringLiteral("bare-renamed")),
                 QStringLiteral("bare-renamed |  | No | No | Down | DOWN"));
    }

    void deletingANetworkInUseIsRefusedNamingItsPorts()
    {
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectNetworks({QStringLiteral("private")});
        panel->actions()->deleteAction()->trigger();
        QVERIFY(confirm(panel.get(), QStringLiteral("DeleteNetworkConfirmation")));
        QCOMPARE(notified.size(), 1);
        QVERIFY2(notified.first().first().toString().contains(QStringLiteral("private")),
                 qPrintable(notified.first().first().toString()));
        QVERIFY(network(QStringLiteral("private")));
        deleteClosedDialogs();

        panel->selectNetworks({QStringLiteral("bare-renamed"), QStringLiteral("web")});
        QCOMPARE(panel->actions()->deleteAction()->text(), QStringLiteral("Delete Networks…"));
        panel->actions()->deleteAction()->trigger();
        QVERIFY(confirm(panel.get(), QStringLiteral("DeleteNetworkConfirmation")));
        QVERIFY(!network(QStringLiteral("bare-renamed")));
        QVERIFY(!network(QStringLiteral("web")));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("web")), QStringLiteral("<no row>"));
    }

    void theAdminCreatesASharedNetworkForAProject()
    {
        CreateNetworkWizard *wizard = openWizard(adminPanel.get());
        QVERIFY(wizard);
        QComboBox *project = wizard->networkPage()->projectCombo();
        project->setCurrentIndex(project->findText(QStringLiteral("demo")));
        QTest::keyClicks(wizard->networkPage()->nameEdit(), QStringLiteral("course-net"));
        wizard->networkPage()->sharedBox()->setChecked(true);
        wizard->networkPage()->createSubnetBox()->setChecked(false);
        wizard->createButton()->click();
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        const auto course = network(QStringLiteral("course-net"));
        QVERIFY(course);
        QVERIFY(course->shared);
        QCOMPARE(course->projectName, QStringLiteral("demo"));
        QVERIFY2(rowOf(adminPanel.get(), QStringLiteral("course-net"))
                     .startsWith(QStringLiteral("demo | course-net |  | Yes | No")),
                 qPrintable(rowOf(adminPanel.get(), QStringLiteral("course-net"))));
        // The member's panel shows the shared network too.
        QVERIFY(rowOf(panel.get(), QStringLiteral("course-net")).startsWith(QStringLiteral("course-net |")));
        QVERIFY(lab.engine->networks().remove(lab.admin, course->id).ok());
        QCOMPARE(rowOf(panel.get(), QStringLiteral("course-net")), QStringLiteral("<no row>"));
    }
};

SD_GUI_TEST_MAIN(TestNetworksPanel)
#include "tst_networkspanel.moc"

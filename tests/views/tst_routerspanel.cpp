// Project › Network › Routers and Admin › Network › Routers: the demo lab's router1 with its gateway,
// Create Router with a gateway, Clear Gateway and Set Gateway, the details window's Interfaces tab (Add
// Interface, Delete Interface, the gateway kept out of Delete), Edit Router and Delete Router.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/routerdialog.h"
#include "dialogs/routergatewaydialog.h"
#include "dialogs/routerinterfacedialog.h"
#include "models/portmodel.h"
#include "models/routermodel.h"
#include "models/tablefilterproxy.h"
#include "panels/routeractions.h"
#include "panels/routerdetailsdialog.h"
#include "panels/routerinterfaceactions.h"
#include "panels/routerspanel.h"
#include "panels/tablepane.h"
#include "widgets/itemcountlabel.h"

#include "network/networkservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace sd;

class TestRoutersPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    RequestContext member;
    std::unique_ptr<RoutersPanel> panel; // Project › Network › Routers, as user demo
    std::unique_ptr<RoutersPanel> adminPanel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;

    static QString rowOf(RoutersPanel *p, const QString &name)
    {
        const QAbstractItemModel *proxy = p->table()->proxy();
        const int nameColumn = p->model()->columnOf(RouterModel::Name);
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, nameColumn).data().toString() == name) {
                QStringList cells;
                for (int c = 0; c < proxy->columnCount(); ++c)
                    cells.append(proxy->index(row, c).data().toString());
                return cells.join(QStringLiteral(" | "));
            }
        return QStringLiteral("<no row>");
    }

    std::optional<Router> router(const QString &name) const
    {
        auto r = lab.engine->routers().show(lab.admin, name);
        return r ? std::optional<Router>(*r) : std::nullopt;
    }

    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static bool confirm(QWidget *parent, const QString &name)
    {
        auto *box = test::openedDialog<QMessageBox>(parent);
        if (!box || box->objectName() != name)
            return false;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                b->click();
                return true;
            }
        return false;
    }

    RouterDetailsDialog *openDetails(const QString &name)
    {
        panel->selectRouters({name});
        panel->actions()->detailsAction()->trigger();
        return test::openedDialog<RouterDetailsDialog>(panel.get());
    }

    // The Interfaces tab's rows as "name | fixed IPs | status | type | admin state".
    static QStringList interfaceRows(RouterDetailsDialog *details)
    {
        QStringList rows;
        const QAbstractItemModel *m = details->interfaceTable()->proxy();
        for (int row = 0; row < m->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells.append(m->index(row, c).data().toString());
            rows.append(cells.join(QStringLiteral(" | ")));
        }
        rows.sort();
        return rows;
    }

    // Selects the interface row whose fixed IPs show ip.
    static void selectInterface(RouterDetailsDialog *details, const QString &ip)
    {
        const QAbstractItemModel *m = details->interfaceTable()->proxy();
        const int ips = details->interfaceModel()->columnOf(PortModel::FixedIps);
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, ips).data().toString() == ip)
                details->interfaceTable()->selectByName({m->index(row, 0).data().toString()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        panel = std::make_unique<RoutersPanel>(*lab.engine, member, RouterModel::Scope::Project);
        adminPanel = std::make_unique<RoutersPanel>(*lab.engine, lab.admin, RouterModel::Scope::Admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1100, 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        // A network of the member's own, for interfaces.
        NetworkSpec net;
        net.name = QStringLiteral("lab-net");
        QVERIFY(lab.engine->networks().create(member, net).ok());
        SubnetSpec sub;
        sub.name = QStringLiteral("lab-subnet");
        sub.network = QStringLiteral("lab-net");
        sub.cidr = QStringLiteral("10.20.0.0/24");
        QVERIFY(lab.engine->subnets().create(member, sub).ok());
    }

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
        adminPanel.reset();
    }

    void listsTheDemoLabsRouter()
    {
        QCOMPARE(test::headerTexts(panel->table()->proxy()),
                 (QStringList{"Name", "Status", "External Network", "Admin State"}));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("router1")),
                 QStringLiteral("router1 | Active | public | UP"));
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        QCOMPARE(test::headerTexts(adminPanel->table()->proxy()),
                 (QStringList{"Project", "Name", "Status", "External Network", "Admin State"}));
        QCOMPARE(rowOf(adminPanel.get(), QStringLiteral("router1")),
                 QStringLiteral("demo | router1 | Active | public | UP"));
    }

    void createsARouterWithAGateway()
    {
        panel->actions()->createAction()->trigger();
        auto *dialog = test::openedDialog<RouterDialog>(panel.get());
        QVERIFY(dialog);
        QVERIFY(!dialog->projectCombo()); // the member's own project
        QComboBox *external = dialog->externalNetworkCombo();
        QCOMPARE(external->count(), 2); // None, public
        QCOMPARE(external->currentText(), QStringLiteral("public"));
        dialog->nameEdit()->setText(QStringLiteral("edge"));
        dialog->okButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto edge = router(QStringLiteral("edge"));
        QVERIFY(edge);
        QCOMPARE(edge->externalNetworkId,
                 lab.engine->networks().show(lab.admin, QStringLiteral("public"))->id);
        QCOMPARE(edge->externalFixedIps.size(), 1);
        QCOMPARE(rowOf(panel.get(), QStringLiteral("edge")), QStringLiteral("edge | Active | public | UP"));
        QCOMPARE(panel->selectedRouters().value(0).name, QStringLiteral("edge"));
    }

    void clearsAndSetsTheGateway()
    {
        panel->selectRouters({QStringLiteral("edge")});
        RouterActions *a = panel->actions();
        QVERIFY(a->clearGatewayAction()->isEnabled());
        a->clearGatewayAction()->trigger();
        QVERIFY(confirm(panel.get(), QStringLiteral("ClearGatewayConfirmation")));
        QVERIFY(router(QStringLiteral("edge"))->externalNetworkId.isEmpty());
        QCOMPARE(rowOf(panel.get(), QStringLiteral("edge")), QStringLiteral("edge | Active |  | UP"));
        // Nothing to clear now; the disabled action says why.
        QVERIFY(!a->clearGatewayAction()->isEnabled());
        QVERIFY2(a->clearGatewayAction()->toolTip().contains(QStringLiteral("has no gateway")),
                 qPrintable(a->clearGatewayAction()->toolTip()));
        deleteClosedDialogs();

        a->setGatewayAction()->trigger();
        auto *dialog = test::openedDialog<RouterGatewayDialog>(panel.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->networkCombo()->currentText(), QStringLiteral("public"));
        dialog->okButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!router(QStringLiteral("edge"))->externalNetworkId.isEmpty());
        QCOMPARE(rowOf(panel.get(), QStringLiteral("edge")), QStringLiteral("edge | Active | public | UP"));
        QVERIFY(a->clearGatewayAction()->isEnabled());
    }

    void addsAndRemovesAnInterfaceFromTheDetails()
    {
        RouterDetailsDialog *details = openDetails(QStringLiteral("edge"));
        QVERIFY(details);
        details->tabs()->setCurrentIndex(1);
        QCOMPARE(test::headerTexts(details->interfaceModel()),
                 (QStringList{"Name", "Fixed IPs", "Status", "Type", "Admin State"}));
        // The gateway is listed, and is not an interface to delete.
        const QString gatewayIp = router(QStringLiteral("edge"))->externalFixedIps.value(0).ipAddress;
        QTRY_COMPARE(details->interfaceModel()->rowCount(), 1);
        selectInterface(details, gatewayIp);
        QVERIFY(!details->interfaceActions()->deleteAction()->isEnabled());
        QVERIFY2(
            details->interfaceActions()->deleteAction()->toolTip().contains(QStringLiteral("Clear Gateway")),
            qPrintable(details->interfaceActions()->deleteAction()->toolTip()));

        details->interfaceActions()->addAction()->trigger();
        auto *add = test::openedDialog<RouterInterfaceDialog>(details);
        QVERIFY(add);
        QVERIFY(add->chooseSubnet(QStringLiteral("lab-subnet")));
        // The external network's subnet is the gateway's, not an interface's.
        for (int i = 0; i < add->subnetCombo()->count(); ++i)
            QVERIFY2(!add->subnetCombo()->itemText(i).startsWith(QStringLiteral("public")),
                     qPrintable(add->subnetCombo()->itemText(i)));
        add->okButton()->click();
        QCOMPARE(add->result(), int(QDialog::Accepted));
        const auto edge = router(QStringLiteral("edge"));
        QCOMPARE(edge->interfaces.size(), 1);
        QCOMPARE(edge->interfaces.first().ipAddress, QStringLiteral("10.20.0.1"));
        QTRY_COMPARE(details->interfaceModel()->rowCount(), 2);
        QVERIFY2(interfaceRows(details).join(QLatin1Char('\n')).contains(QStringLiteral("10.20.0.1 | ")),
                 qPrintable(interfaceRows(details).join(QLatin1Char('\n'))));
        QVERIFY2(interfaceRows(details)
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Internal Interface | UP")),
                 qPrintable(interfaceRows(details).join(QLatin1Char('\n'))));
        QCOMPARE(details->overviewValue(QStringLiteral("Interfaces")), QStringLiteral("1"));
        deleteClosedDialogs();

        // A router with interfaces is not deleted; the refusal is said.
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectRouters({QStringLiteral("edge")});
        panel->actions()->deleteAction()->trigger();
        QVERIFY(confirm(panel.get(), QStringLiteral("DeleteRouterConfirmation")));
        QCOMPARE(notified.size(), 1);
        QVERIFY(router(QStringLiteral("edge")));
        deleteClosedDialogs();

        selectInterface(details, QStringLiteral("10.20.0.1"));
        QVERIFY(details->interfaceActions()->deleteAction()->isEnabled());
        details->interfaceActions()->deleteAction()->trigger();
        QVERIFY(confirm(details, QStringLiteral("DeleteInterfaceConfirmation")));
        QVERIFY(router(QStringLiteral("edge"))->interfaces.isEmpty());
        QTRY_COMPARE(details->interfaceModel()->rowCount(), 1);
        details->reject();
    }

    void editRouterRenamesAndHoldsDown()
    {
        panel->selectRouters({QStringLiteral("edge")});
        panel->actions()->editAction()->trigger();
        auto *edit = test::openedDialog<RouterDialog>(panel.get());
        QVERIFY(edit);
        QVERIFY(!edit->externalNetworkCombo()); // the gateway has its own actions
        edit->nameEdit()->setText(QStringLiteral("edge-2"));
        edit->adminStateBox()->setChecked(false);
        edit->okButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        QVERIFY(!router(QStringLiteral("edge-2"))->adminStateUp);
        QCOMPARE(rowOf(panel.get(), QStringLiteral("edge-2")),
                 QStringLiteral("edge-2 | Down | public | DOWN"));
    }

    void deletesARouterWithoutInterfaces()
    {
        panel->selectRouters({QStringLiteral("edge-2")});
        panel->actions()->deleteAction()->trigger();
        QVERIFY(confirm(panel.get(), QStringLiteral("DeleteRouterConfirmation")));
        QVERIFY(!router(QStringLiteral("edge-2")));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("edge-2")), QStringLiteral("<no row>"));
        QCOMPARE(rowOf(adminPanel.get(), QStringLiteral("edge-2")), QStringLiteral("<no row>"));
    }

    void theAdminCreatesARouterForAProject()
    {
        adminPanel->actions()->createAction()->trigger();
        auto *dialog = test::openedDialog<RouterDialog>(adminPanel.get());
        QVERIFY(dialog);
        QVERIFY(dialog->projectCombo());
        dialog->projectCombo()->setCurrentIndex(dialog->projectCombo()->findText(QStringLiteral("demo")));
        dialog->nameEdit()->setText(QStringLiteral("for-demo"));
        dialog->externalNetworkCombo()->setCurrentIndex(0); // no gateway
        dialog->okButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(router(QStringLiteral("for-demo"))->projectName, QStringLiteral("demo"));
        QCOMPARE(rowOf(adminPanel.get(), QStringLiteral("for-demo")),
                 QStringLiteral("demo | for-demo | Active |  | UP"));
        QCOMPARE(rowOf(panel.get(), QStringLiteral("for-demo")), QStringLiteral("for-demo | Active |  | UP"));
    }
};

SD_GUI_TEST_MAIN(TestRoutersPanel)
#include "tst_routerspanel.moc"

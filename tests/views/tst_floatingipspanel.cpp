// Project › Network › Floating IPs as the demo project's member sees it, against the demo lab's public
// network and a port on private: Allocate IP To Project, Associate (the port listed as "name: 10.0.0.x"),
// the "modelled only" note while no host can carry the NAT rules, Disassociate, Release; a port no router
// connects refused inside the Associate dialog; and Admin › Network › Floating IPs with its Project column.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/allocatefloatingipdialog.h"
#include "dialogs/associatefloatingipdialog.h"
#include "dialogs/floatingipportcombo.h"
#include "models/floatingipmodel.h"
#include "models/tablefilterproxy.h"
#include "panels/floatingipactions.h"
#include "panels/floatingipspanel.h"
#include "panels/tablepane.h"

#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/subnetservice.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace sd;

class TestFloatingIpsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    RequestContext member;
    Port webPort;
    std::unique_ptr<FloatingIpsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> tester;

    FloatingIpModel *model() const { return panel->model(); }

    QString cell(const FloatingIpsPanel *p, const QString &address, FloatingIpModel::Column column,
                 int role = Qt::DisplayRole) const
    {
        const QAbstractItemModel *m = p->table()->proxy();
        const int ipColumn = p->model()->columnOf(FloatingIpModel::IpAddress);
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, ipColumn).data().toString() == address)
                return m->index(row, p->model()->columnOf(column)).data(role).toString();
        return QStringLiteral("<no row>");
    }

    QList<FloatingIp> engineFips() const
    {
        auto list = lab.engine->floatingIps().list(member, QStringLiteral("demo"));
        return list ? *list : QList<FloatingIp>();
    }

    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b;
        return nullptr;
    }

    QString allocateThroughDialog(const QString &description)
    {
        panel->actions()->allocateAction()->trigger();
        auto *dialog = test::openedDialog<AllocateFloatingIpDialog>(panel.get());
        if (!dialog)
            return {};
        dialog->poolCombo()->setCurrentIndex(
            dialog->poolCombo()->findText(QStringLiteral("public"), Qt::MatchStartsWith));
        dialog->descriptionEdit()->setText(description);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        deleteClosedDialogs();
        for (const FloatingIp &f : engineFips())
            if (f.description == description)
                return f.floatingIpAddress;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        PortSpec spec;
        spec.name = QStringLiteral("web-1");
        spec.network = QStringLiteral("private");
        auto port = lab.engine->ports().create(member, spec);
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        webPort = *port;
        panel = std::make_unique<FloatingIpsPanel>(*lab.engine, member, FloatingIpModel::Scope::Project);
        tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w))
                w->deleteLater();
        deleteClosedDialogs();
    }

    void cleanupTestCase()
    {
        tester.reset();
        panel.reset();
    }

    void startsEmptyWithHorizonsColumns()
    {
        QCOMPARE(test::headerTexts(model()),
                 (QStringList{"IP Address", "Description", "Mapped Fixed IP Address", "Pool", "Status"}));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(panel->actions()->allocateAction()->isVisible());
        QVERIFY(!panel->actions()->associateAction()->isEnabled());
        QVERIFY(!panel->modelledOnlyNote()->isVisibleTo(panel.get()));
    }

    void allocateFromPublic()
    {
        const QString address = allocateThroughDialog(QStringLiteral("for web-1"));
        QVERIFY2(address.startsWith(QStringLiteral("172.24.4.")), qPrintable(address));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(panel.get(), address, FloatingIpModel::Pool), QStringLiteral("public"));
        QCOMPARE(cell(panel.get(), address, FloatingIpModel::Status), QStringLiteral("Down"));
        QCOMPARE(cell(panel.get(), address, FloatingIpModel::FixedIp), QStringLiteral("-"));
        QCOMPARE(cell(panel.get(), address, FloatingIpModel::Description), QStringLiteral("for web-1"));
        // The new address is selected, so Associate is one click away.
        QCOMPARE(panel->selectedFloatingIps().value(0).floatingIpAddress, address);
        QVERIFY(panel->actions()->associateAction()->isEnabled());
        QVERIFY(!panel->actions()->disassociateAction()->isEnabled());
    }

    void associateWithAPortOnPrivate()
    {
        const FloatingIp fip = engineFips().value(0);
        panel->selectAddresses({fip.floatingIpAddress});
        panel->actions()->associateAction()->trigger();
        auto *dialog = test::openedDialog<AssociateFloatingIpDialog>(panel.get());
        QVERIFY(dialog);
        const QString fixed = webPort.fixedIps.value(0).ipAddress;
        QVERIFY(fixed.startsWith(QStringLiteral("10.0.0.")));
        QVERIFY(dialog->portCombo()->select(webPort.id));
        QCOMPARE(dialog->portCombo()->currentText(), QStringLiteral("web-1: %1").arg(fixed));
        // Router ports are not offered: Neutron refuses them.
        for (int i = 0; i < dialog->portCombo()->count(); ++i)
            QVERIFY2(!dialog->portCombo()->itemText(i).endsWith(QStringLiteral(": 10.0.0.1")),
                     qPrintable(dialog->portCombo()->itemText(i)));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));

        auto now = lab.engine->floatingIps().show(member, fip.id);
        QVERIFY(now.ok());
        QCOMPARE(now->portId, webPort.id);
        QCOMPARE(now->fixedIpAddress, fixed);
        QTRY_COMPARE(cell(panel.get(), fip.floatingIpAddress, FloatingIpModel::FixedIp),
                     QStringLiteral("web-1: %1").arg(fixed));
        // No host carries the NAT rules for an unbound port: the table says so instead of pretending.
        QCOMPARE(cell(panel.get(), fip.floatingIpAddress, FloatingIpModel::Status),
                 QStringLiteral("Active (modelled only)"));
        QVERIFY(cell(panel.get(), fip.floatingIpAddress, FloatingIpModel::Status, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Modelled only")));
        QVERIFY(panel->modelledOnlyNote()->isVisibleTo(panel.get()));
        QVERIFY(panel->modelledOnlyNote()->text().contains(QStringLiteral("1 associated floating IP")));
        QVERIFY(panel->actions()->disassociateAction()->isEnabled());
        QVERIFY(!panel->actions()->associateAction()->isEnabled());
    }

    void unreachablePortRefusedInTheDialog()
    {
        // A network no router connects to public: the engine refuses, the dialog keeps the choice.
        NetworkSpec isolated;
        isolated.name = QStringLiteral("isolated");
        QVERIFY(lab.engine->networks().create(member, isolated).ok());
        SubnetSpec subnet;
        subnet.network = QStringLiteral("isolated");
        subnet.cidr = QStringLiteral("192.168.50.0/24");
        QVERIFY(lab.engine->subnets().create(member, subnet).ok());
        PortSpec spec;
        spec.name = QStringLiteral("lonely");
        spec.network = QStringLiteral("isolated");
        auto lonely = lab.engine->ports().create(member, spec);
        QVERIFY(lonely.ok());

        const QString address = allocateThroughDialog(QStringLiteral("spare"));
        QVERIFY(!address.isEmpty());
        QTRY_COMPARE(model()->rowCount(), 2);
        panel->selectAddresses({address});
        panel->actions()->associateAction()->trigger();
        auto *dialog = test::openedDialog<AssociateFloatingIpDialog>(panel.get());
        QVERIFY(dialog);
        // Addresses that cannot take it say why; the engine has the last word.
        QVERIFY(dialog->portCombo()->select(webPort.id));
        QVERIFY(!dialog->portCombo()->currentUsable());
        QString webAddress;
        for (const FloatingIp &f : engineFips())
            if (f.portId == webPort.id)
                webAddress = f.floatingIpAddress;
        QVERIFY(!webAddress.isEmpty());
        QVERIFY2(dialog->portCombo()->currentText().endsWith(
                     QStringLiteral("(has floating IP %1)").arg(webAddress)),
                 qPrintable(dialog->portCombo()->currentText()));
        QVERIFY(dialog->portCombo()->select(QStringLiteral("lonely")));
        QVERIFY(!dialog->portCombo()->currentUsable());
        QVERIFY2(
            dialog->portCombo()->currentText().endsWith(QStringLiteral("(no router connects it to public)")),
            qPrintable(dialog->portCombo()->currentText()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->portCombo()->portId(), lonely->id);
        QVERIFY(lab.engine->floatingIps().show(member, address)->portId.isEmpty());
        dialog->reject();
    }

    void adminPanelListsEveryProjectWithItsName()
    {
        FloatingIpsPanel admin(*lab.engine, lab.admin, FloatingIpModel::Scope::Admin);
        QAbstractItemModelTester adminTester(admin.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(admin.objectName(), QStringLiteral("AdminFloatingIpsPanel"));
        QCOMPARE(test::headerTexts(admin.model()),
                 (QStringList{"Project", "IP Address", "Description", "Mapped Fixed IP Address", "Pool",
                              "Status"}));
        // One in the admin's own project too: the admin panel shows both projects.
        FloatingIpSpec own;
        own.network = QStringLiteral("public");
        auto adminFip = lab.engine->floatingIps().create(lab.admin, own);
        QVERIFY(adminFip.ok());
        QTRY_COMPARE(admin.model()->rowCount(), 3);
        const QString demoAddress = engineFips().value(0).floatingIpAddress;
        QCOMPARE(cell(&admin, demoAddress, FloatingIpModel::Project), QStringLiteral("demo"));
        QCOMPARE(cell(&admin, adminFip->floatingIpAddress, FloatingIpModel::Project),
                 QStringLiteral("admin"));
        // The project panel stays with its project.
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(lab.engine->floatingIps().remove(lab.admin, adminFip->id).ok());
        QTRY_COMPARE(admin.model()->rowCount(), 2);
    }

    void disassociateKeepsTheAddress()
    {
        const FloatingIp fip = lab.engine->floatingIps().show(member, engineFips().value(0).id).value();
        QVERIFY(!fip.portId.isEmpty());
        panel->selectAddresses({fip.floatingIpAddress});
        panel->actions()->disassociateAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DisassociateFloatingIpConfirmation"));
        QVERIFY(box);
        buttonWithRole(box, QMessageBox::AcceptRole)->click();
        auto now = lab.engine->floatingIps().show(member, fip.id);
        QVERIFY(now.ok());
        QVERIFY(now->portId.isEmpty());
        QTRY_COMPARE(cell(panel.get(), fip.floatingIpAddress, FloatingIpModel::Status),
                     QStringLiteral("Down"));
        QCOMPARE(cell(panel.get(), fip.floatingIpAddress, FloatingIpModel::FixedIp), QStringLiteral("-"));
        QVERIFY(!panel->modelledOnlyNote()->isVisibleTo(panel.get()));
    }

    void releaseGivesBothBack()
    {
        QStringList addresses;
        for (const FloatingIp &f : engineFips())
            addresses.append(f.floatingIpAddress);
        QCOMPARE(addresses.size(), 2);
        panel->selectAddresses(addresses);
        QCOMPARE(panel->selectedFloatingIps().size(), 2);
        panel->actions()->releaseAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("ReleaseFloatingIpsConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(addresses.first()));
        buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        QVERIFY(engineFips().isEmpty());
        QTRY_COMPARE(model()->rowCount(), 0);
    }
};

SD_GUI_TEST_MAIN(TestFloatingIpsPanel)
#include "tst_floatingipspanel.moc"

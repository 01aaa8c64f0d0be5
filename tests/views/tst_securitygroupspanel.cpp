// Project › Network › Security Groups as the demo project's member sees it: the default group and its
// rules, Manage Rules with the Add Rule templates (SSH → tcp 22 ingress in the engine), the engine's
// own refusal of port range 23:22 under the port fields, a duplicate rule refused in the dialog with the
// input kept, Delete Rule, and Create / Edit / Delete of a group of one's own.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/addsecuritygroupruledialog.h"
#include "dialogs/securitygroupdialog.h"
#include "models/securitygroupmodel.h"
#include "models/securitygrouprulemodel.h"
#include "models/tablefilterproxy.h"
#include "panels/securitygroupactions.h"
#include "panels/securitygroupruleactions.h"
#include "panels/securitygrouprulespage.h"
#include "panels/securitygroupspanel.h"
#include "panels/tablepane.h"
#include "widgets/resourcetable.h"

#include "network/securitygroupservice.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

using namespace sd;

class TestSecurityGroupsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    RequestContext member;
    QString defaultId;
    std::unique_ptr<SecurityGroupsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> groupTester;
    std::unique_ptr<QAbstractItemModelTester> ruleTester;

    SecurityGroupRulesPage *rules() const { return panel->rulesPage(); }

    // Each rule row as the table shows it: "Ingress | IPv4 | TCP | 22 (SSH) | 0.0.0.0/0 | - | ".
    QStringList ruleRows() const
    {
        QStringList rows;
        const QAbstractItemModel *m = rules()->table()->proxy();
        for (int row = 0; row < m->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells.append(m->index(row, c).data().toString());
            rows.append(cells.join(QStringLiteral(" | ")));
        }
        rows.sort();
        return rows;
    }

    QList<SecurityGroupRule> engineRules() const
    {
        auto list = lab.engine->securityGroups().rules(member, defaultId);
        return list ? *list : QList<SecurityGroupRule>();
    }

    const SecurityGroupRule *findRule(const QList<SecurityGroupRule> &list, const QString &protocol,
                                      int port) const
    {
        for (const SecurityGroupRule &r : list)
            if (r.protocol == protocol && r.portRangeMin == port)
                return &r;
        return nullptr;
    }

    AddSecurityGroupRuleDialog *openAddRule()
    {
        rules()->actions()->addAction()->trigger();
        auto *dialog = test::openedDialog<AddSecurityGroupRuleDialog>(rules());
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }

    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b;
        return nullptr;
    }

    // Selects the rule rows whose port range cell reads text.
    void selectRuleByPorts(const QString &text)
    {
        TablePane *table = rules()->table();
        QItemSelection selection;
        for (int row = 0; row < table->proxy()->rowCount(); ++row)
            if (table->proxy()->index(row, SecurityGroupRuleModel::PortRange).data().toString() == text)
                selection.select(table->proxy()->index(row, 0),
                                 table->proxy()->index(row, table->proxy()->columnCount() - 1));
        table->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        // As in Neutron, the default group is made when the project's groups are first listed.
        QVERIFY(lab.engine->securityGroups().list(member).ok());
        auto group = lab.engine->securityGroups().show(member, QStringLiteral("default"));
        QVERIFY2(group.ok(), qPrintable(group.error().message));
        defaultId = group->id;
        panel = std::make_unique<SecurityGroupsPanel>(*lab.engine, member);
        groupTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ruleTester = std::make_unique<QAbstractItemModelTester>(
            rules()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 700);
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
        ruleTester.reset();
        groupTester.reset();
        panel.reset();
    }

    void listsTheProjectsDefaultGroup()
    {
        QCOMPARE(test::headerTexts(panel->model()),
                 (QStringList{"Name", "Security Group ID", "Description"}));
        QCOMPARE(panel->model()->rowCount(), 1);
        const QAbstractItemModel *m = panel->table()->proxy();
        QCOMPARE(m->index(0, SecurityGroupModel::Name).data().toString(), QStringLiteral("default"));
        QCOMPARE(m->index(0, SecurityGroupModel::Id).data().toString(), defaultId);
        QCOMPARE(m->index(0, SecurityGroupModel::Description).data().toString(),
                 QStringLiteral("Default security group"));
        // The default group stays: Delete says why it is disabled.
        panel->table()->selectByName({QStringLiteral("default")});
        QVERIFY(panel->actions()->manageRulesAction()->isEnabled());
        QVERIFY(!panel->actions()->deleteAction()->isEnabled());
        QVERIFY(panel->actions()->deleteAction()->toolTip().contains(QStringLiteral("cannot be deleted")));
    }

    void manageRulesListsTheDefaultRules()
    {
        panel->table()->selectByName({QStringLiteral("default")});
        panel->actions()->manageRulesAction()->trigger();
        QVERIFY(panel->showingRules());
        QCOMPARE(rules()->groupId(), defaultId);
        QCOMPARE(rules()->heading()->text(),
                 QStringLiteral("Manage Security Group Rules: default (%1)").arg(defaultId));
        QCOMPARE(test::headerTexts(rules()->model()),
                 (QStringList{"Direction", "Ether Type", "IP Protocol", "Port Range", "Remote IP Prefix",
                              "Remote Security Group", "Description"}));
        // Neutron's default group: everything out, and in only from the group's own members.
        QCOMPARE(ruleRows(), (QStringList{"Egress | IPv4 | Any | Any | 0.0.0.0/0 | - | ",
                                          "Egress | IPv6 | Any | Any | ::/0 | - | ",
                                          "Ingress | IPv4 | Any | Any | - | default | ",
                                          "Ingress | IPv6 | Any | Any | - | default | "}));
        QCOMPARE(rules()->model()->rowCount(), int(engineRules().size()));
        QVERIFY(rules()->actions()->addAction()->isVisible());
        QVERIFY(rules()->actions()->addAction()->isEnabled());
    }

    void sshTemplateAddsTcp22Ingress()
    {
        QVERIFY(panel->showRules(defaultId));
        auto *dialog = openAddRule();
        QVERIFY(dialog);
        dialog->selectTemplate(QStringLiteral("ssh"));
        // A named template needs no ports: only the remote is asked for.
        QVERIFY(!dialog->portEdit()->isVisibleTo(dialog));
        QVERIFY(!dialog->openPortCombo()->isVisibleTo(dialog));
        QCOMPARE(dialog->cidrEdit()->text(), QStringLiteral("0.0.0.0/0"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        const QList<SecurityGroupRule> now = engineRules();
        const SecurityGroupRule *ssh = findRule(now, QStringLiteral("tcp"), 22);
        QVERIFY(ssh);
        QCOMPARE(ssh->direction, QStringLiteral("ingress"));
        QCOMPARE(ssh->portRangeMax, 22);
        QCOMPARE(ssh->ethertype, QStringLiteral("IPv4"));
        QCOMPARE(ssh->remoteIpPrefix, QStringLiteral("0.0.0.0/0"));
        // The table follows the engine's notification.
        QTRY_VERIFY(
            ruleRows().contains(QStringLiteral("Ingress | IPv4 | TCP | 22 (SSH) | 0.0.0.0/0 | - | ")));
    }

    void duplicateRuleRefusedInTheDialogWithInputKept()
    {
        QVERIFY(panel->showRules(defaultId));
        const int before = int(engineRules().size());
        auto *dialog = openAddRule();
        QVERIFY(dialog);
        dialog->selectTemplate(QStringLiteral("custom_tcp"));
        dialog->openPortCombo()->setCurrentIndex(dialog->openPortCombo()->findData(QStringLiteral("port")));
        QTest::keyClicks(dialog->portEdit(), QStringLiteral("22"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("has this rule already")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->portEdit()->text(), QStringLiteral("22"));
        QCOMPARE(int(engineRules().size()), before);
        dialog->reject();
    }

    void portRange23To22RefusedWithTheEnginesMessage()
    {
        QVERIFY(panel->showRules(defaultId));
        const int before = int(engineRules().size());
        auto *dialog = openAddRule();
        QVERIFY(dialog);
        dialog->selectTemplate(QStringLiteral("custom_tcp"));
        dialog->openPortCombo()->setCurrentIndex(dialog->openPortCombo()->findData(QStringLiteral("range")));
        QVERIFY(dialog->fromPortEdit()->isVisibleTo(dialog));
        QTest::keyClicks(dialog->fromPortEdit(), QStringLiteral("23"));
        QTest::keyClicks(dialog->toPortEdit(), QStringLiteral("22"));

        SecurityGroupRuleSpec spec;
        spec.protocol = QStringLiteral("tcp");
        spec.portRangeMin = 23;
        spec.portRangeMax = 22;
        const QString engineMessage = SecurityGroupService::resolveRule(spec).error().message;
        QVERIFY(!engineMessage.isEmpty());
        QCOMPARE(dialog->fieldError(AddSecurityGroupRuleDialog::Field::Ports), engineMessage);
        QVERIFY(dialog->fieldError(AddSecurityGroupRuleDialog::Field::Remote).isEmpty());
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->okButton()->toolTip(), engineMessage);

        // Putting the range right clears the message and lets the rule through.
        dialog->toPortEdit()->setText(QStringLiteral("24"));
        QVERIFY(dialog->fieldError(AddSecurityGroupRuleDialog::Field::Ports).isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->reject();
        QCOMPARE(int(engineRules().size()), before);
    }

    void wrongCidrAndIcmpCodeShownUnderTheirFields()
    {
        QVERIFY(panel->showRules(defaultId));
        auto *dialog = openAddRule();
        QVERIFY(dialog);
        dialog->selectTemplate(QStringLiteral("http"));
        dialog->cidrEdit()->setText(QStringLiteral("10.0.0.1/24"));
        const QString cidr = dialog->fieldError(AddSecurityGroupRuleDialog::Field::Remote);
        QVERIFY2(cidr.contains(QStringLiteral("10.0.0.0/24")), qPrintable(cidr));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->cidrEdit()->setText(QStringLiteral("10.0.0.0/24"));
        QVERIFY(dialog->okButton()->isEnabled());

        dialog->selectTemplate(QStringLiteral("custom_icmp"));
        QVERIFY(dialog->icmpTypeEdit()->isVisibleTo(dialog));
        QTest::keyClicks(dialog->icmpCodeEdit(), QStringLiteral("3"));
        QVERIFY(!dialog->fieldError(AddSecurityGroupRuleDialog::Field::Icmp).isEmpty());
        QTest::keyClicks(dialog->icmpTypeEdit(), QStringLiteral("8"));
        QVERIFY(dialog->fieldError(AddSecurityGroupRuleDialog::Field::Icmp).isEmpty());
        QCOMPARE(dialog->spec().protocol, QStringLiteral("icmp"));
        QCOMPARE(dialog->spec().portRangeMin, std::optional<int>(8));

        // A remote group instead of a CIDR, with its own ether type.
        dialog->remoteCombo()->setCurrentIndex(dialog->remoteCombo()->findData(QStringLiteral("group")));
        QVERIFY(!dialog->cidrEdit()->isVisibleTo(dialog));
        QVERIFY(dialog->remoteGroupCombo()->isVisibleTo(dialog));
        QCOMPARE(dialog->remoteGroupCombo()->currentText(), QStringLiteral("default"));
        dialog->etherTypeCombo()->setCurrentText(QStringLiteral("IPv6"));
        QCOMPARE(dialog->spec().remoteGroup, defaultId);
        QCOMPARE(dialog->spec().ethertype, QStringLiteral("IPv6"));
        QVERIFY(dialog->spec().remoteIpPrefix.isEmpty());
        dialog->reject();
    }

    void deleteRuleRemovesItFromEngineAndTable()
    {
        QVERIFY(panel->showRules(defaultId));
        QTRY_VERIFY(findRule(engineRules(), QStringLiteral("tcp"), 22));
        selectRuleByPorts(QStringLiteral("22 (SSH)"));
        QCOMPARE(rules()->selectedRules().size(), 1);
        QVERIFY(rules()->actions()->deleteAction()->isEnabled());
        rules()->actions()->deleteAction()->trigger();
        auto *box = rules()->findChild<QMessageBox *>(QStringLiteral("DeleteRulesConfirmation"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("TCP 22 (SSH)")));
        QAbstractButton *remove = buttonWithRole(box, QMessageBox::DestructiveRole);
        QVERIFY(remove);
        remove->click();
        QVERIFY(!findRule(engineRules(), QStringLiteral("tcp"), 22));
        QTRY_VERIFY(
            !ruleRows().contains(QStringLiteral("Ingress | IPv4 | TCP | 22 (SSH) | 0.0.0.0/0 | - | ")));
        QCOMPARE(rules()->model()->rowCount(), int(engineRules().size()));
    }

    void backReturnsToTheList()
    {
        QVERIFY(panel->showRules(defaultId));
        rules()->backButton()->click();
        QVERIFY(!panel->showingRules());
    }

    void createEditAndDeleteAGroup()
    {
        panel->showList();
        panel->actions()->createAction()->trigger();
        auto *create = test::openedDialog<SecurityGroupDialog>(panel.get());
        QVERIFY(create);
        QVERIFY(!create->okButton()->isEnabled());
        QTest::keyClicks(create->nameEdit(), QStringLiteral("web"));
        create->descriptionEdit()->setPlainText(QStringLiteral("HTTP servers"));
        QTest::mouseClick(create->okButton(), Qt::LeftButton);
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        auto web = lab.engine->securityGroups().show(member, QStringLiteral("web"));
        QVERIFY(web.ok());
        QCOMPARE(web->description, QStringLiteral("HTTP servers"));
        // The new group is selected, as after every Create.
        QCOMPARE(panel->selectedGroups().value(0).name, QStringLiteral("web"));
        deleteClosedDialogs();

        panel->actions()->editAction()->trigger();
        auto *edit = test::openedDialog<SecurityGroupDialog>(panel.get());
        QVERIFY(edit);
        QCOMPARE(edit->nameEdit()->text(), QStringLiteral("web"));
        edit->nameEdit()->setText(QStringLiteral("web-servers"));
        QTest::mouseClick(edit->okButton(), Qt::LeftButton);
        QTRY_VERIFY(lab.engine->securityGroups().show(member, QStringLiteral("web-servers")).ok());
        QTRY_VERIFY(panel->model()->rowOf(web->id) >= 0);
        QCOMPARE(panel->model()->itemAt(panel->model()->rowOf(web->id)).name, QStringLiteral("web-servers"));
        deleteClosedDialogs();

        panel->table()->selectByName({QStringLiteral("web-servers")});
        QVERIFY(panel->actions()->deleteAction()->isEnabled());
        panel->actions()->deleteAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteSecurityGroupsConfirmation"));
        QVERIFY(box);
        buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        QVERIFY(!lab.engine->securityGroups().show(member, web->id).ok());
        QTRY_COMPARE(panel->model()->rowCount(), 1);
    }

    void deletedGroupLeavesItsRulesPage()
    {
        auto temp = lab.engine->securityGroups().create(member, QStringLiteral("temp"), QString());
        QVERIFY(temp.ok());
        QVERIFY(panel->showRules(temp->id));
        // A new group lets everything out: two egress rules.
        QCOMPARE(rules()->model()->rowCount(), 2);
        QVERIFY(lab.engine->securityGroups().remove(lab.admin, temp->id).ok());
        QTRY_VERIFY(!panel->showingRules());
        QCOMPARE(rules()->model()->rowCount(), 0);
    }
};

SD_GUI_TEST_MAIN(TestSecurityGroupsPanel)
#include "tst_securitygroupspanel.moc"

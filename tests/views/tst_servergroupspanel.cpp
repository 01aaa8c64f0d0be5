// Project › Compute › Server Groups: the table, Create Server Group with Nova's four policies explained,
// bulk Delete with its confirmation, the project's groups only, and readers without the actions.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/createservergroupdialog.h"
#include "mainwindow.h"
#include "models/servergroupmodel.h"
#include "models/tablefilterproxy.h"
#include "panels/servergroupactions.h"
#include "panels/servergroupspanel.h"
#include "panels/tablepane.h"
#include "widgets/itemcountlabel.h"
#include "widgets/navigationtree.h"

#include "compute/servergroupservice.h"
#include "core/ids.h"
#include "quota/quotaservice.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>

using namespace sd;

class TestServerGroupsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    std::unique_ptr<ServerGroupsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;

    QSortFilterProxyModel *proxy() const { return panel->table()->proxy(); }
    QStringList column(int c) const
    {
        QStringList cells;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            cells.append(proxy()->index(row, c).data().toString());
        return cells;
    }

    CreateServerGroupDialog *openCreate()
    {
        panel->actions()->createAction()->trigger();
        auto *dialog = test::openedDialog<CreateServerGroupDialog>(panel.get());
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        panel = std::make_unique<ServerGroupsPanel>(*lab.engine, lab.admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1000, 600);
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

    void startsEmptyWithItsColumns()
    {
        QCOMPARE(test::headerTexts(proxy()), (QStringList{"Name", "Policy", "Members"}));
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 0 items"));
        QVERIFY(panel->actions()->createAction()->isVisible());
        QVERIFY(!panel->actions()->deleteAction()->isEnabled());
    }

    void createExplainsTheFourPolicies()
    {
        auto *dialog = openCreate();
        QVERIFY(dialog);
        const auto buttons = dialog->findChildren<QRadioButton *>();
        QStringList labels;
        for (QRadioButton *b : buttons)
            labels << b->text();
        QCOMPARE(labels, (QStringList{"Affinity", "Anti Affinity", "Soft Affinity", "Soft Anti Affinity"}));
        QStringList hints;
        for (QLabel *l : dialog->findChildren<QLabel *>(QStringLiteral("HintLabel")))
            hints << l->text();
        for (const QString &policy : ServerGroupService::policies())
            QVERIFY2(hints.contains(ServerGroupModel::policyExplanation(policy)), qPrintable(policy));
        QCOMPARE(dialog->chosenPolicy(), QStringLiteral("anti-affinity"));
        QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
        QVERIFY(dialog->problemText().isEmpty());
        dialog->nameEdit()->setText(QStringLiteral("web\x01"));
        QVERIFY(dialog->problemText().contains(QStringLiteral("control character")));
        dialog->nameEdit()->setText(QStringLiteral("web"));
        dialog->findChild<QRadioButton *>(QStringLiteral("Policy-soft-affinity"))->click();
        QCOMPARE(dialog->chosenPolicy(), QStringLiteral("soft-affinity"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(column(ServerGroupModel::Name), QStringList{"web"});
        QCOMPARE(column(ServerGroupModel::Policy), QStringList{"Soft Affinity"});
        QCOMPARE(column(ServerGroupModel::Members), QStringList{"0"});
        QCOMPARE(panel->selectedGroups().size(), 1);
        QCOMPARE(proxy()->index(0, ServerGroupModel::Policy).data(Qt::ToolTipRole).toString(),
                 ServerGroupModel::policyExplanation(QStringLiteral("soft-affinity")));
    }

    void aQuotaRefusalStaysInTheDialog()
    {
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("admin"), {{QStringLiteral("server_groups"), 1}})
                    .ok());
        auto *dialog = openCreate();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("db"));
        dialog->okButton()->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Quota exceeded for server_groups")),
                 qPrintable(dialog->errorText()));
        dialog->reject();
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("admin"), {{QStringLiteral("server_groups"), 10}})
                    .ok());
    }

    void deletesManyAfterOneConfirmationThatCountsTheMembers()
    {
        const auto db =
            lab.engine->serverGroups().create(lab.admin, QStringLiteral("db"), QStringLiteral("affinity"));
        QVERIFY(db.ok());
        QCOMPARE(proxy()->rowCount(), 2);
        // Two members, as the instance code would add them; the panel reads them on its next change.
        auto store = Database::open(lab.engine->dataDir().databaseFile());
        QVERIFY(store.ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY((*store)
                        ->transaction([&](QSqlDatabase &tx) {
                            return ServerGroupService::addMember(tx, lab.engine->quotas(), db->id,
                                                                 db->projectId, newId());
                        })
                        .ok());
        emit lab.engine->resourceChanged(QStringLiteral("server_group"), db->id);
        QCOMPARE(column(ServerGroupModel::Members), (QStringList{"2", "0"}));

        panel->table()->selectByName({QStringLiteral("web"), QStringLiteral("db")});
        QCOMPARE(panel->actions()->deleteAction()->text(), QStringLiteral("Delete Server Groups…"));
        panel->actions()->deleteAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteServerGroupConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Delete 2 server groups")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("2 instance(s) in them keep running")),
                 qPrintable(box->informativeText()));
        QAbstractButton *remove = test::destructiveButton(box);
        QVERIFY(remove);
        remove->click();
        QCOMPARE(proxy()->rowCount(), 0);
        QVERIFY(lab.engine->serverGroups().list(lab.admin)->isEmpty());
    }

    void showsOnlyTheCurrentProjectsGroups()
    {
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(lab.engine->serverGroups()
                    .create(demo, QStringLiteral("students"), QStringLiteral("anti-affinity"))
                    .ok());
        // The administrator's panel is scoped to project admin, even though the admin may see every group.
        QCOMPARE(proxy()->rowCount(), 0);
        MainWindow window(*lab.engine, demo);
        auto *memberPanel =
            qobject_cast<ServerGroupsPanel *>(window.panel(QStringLiteral("project/server-groups")));
        QVERIFY(memberPanel);
        QCOMPARE(memberPanel->model()->rowCount(), 1);
        QCOMPARE(memberPanel->model()->itemAt(0).name, QStringLiteral("students"));
        QVERIFY(memberPanel->actions()->createAction()->isVisible());
        const QStringList keys = window.navigation()->panelKeys();
        QCOMPARE(keys.indexOf(QStringLiteral("project/server-groups")),
                 keys.indexOf(QStringLiteral("project/key-pairs")) + 1);
    }

    void readersSeeTheGroupsButNoActions()
    {
        RequestContext reader = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        reader.roles = {QStringLiteral("reader")};
        ServerGroupsPanel readerPanel(*lab.engine, reader);
        QCOMPARE(readerPanel.model()->rowCount(), 1);
        QVERIFY(!readerPanel.actions()->createAction()->isVisible());
        QVERIFY(!readerPanel.actions()->deleteAction()->isVisible());
    }
};

SD_GUI_TEST_MAIN(TestServerGroupsPanel)
#include "tst_servergroupspanel.moc"

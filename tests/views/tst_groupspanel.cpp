// Identity › Groups: the table with member counts, Create/Edit/Delete Group through the dialogs, and the
// Manage Members dialog adding and removing users through the engine.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/groupdialog.h"
#include "dialogs/groupmembersdialog.h"
#include "models/groupmodel.h"
#include "panels/groupactions.h"
#include "panels/groupspanel.h"
#include "panels/tablepane.h"
#include "widgets/resourcetable.h"

#include "identity/groupservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace sd;

namespace {
QStringList texts(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    return names;
}

void select(QListWidget *list, const QString &name)
{
    list->clearSelection();
    const auto items = list->findItems(name, Qt::MatchExactly);
    QVERIFY(!items.isEmpty());
    items.first()->setSelected(true);
}
} // namespace

class TestGroupsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase() { QVERIFY(lab.open()); }

    void createEditAndDeleteGroups()
    {
        GroupsPanel panel(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = panel.table()->view();
        QCOMPARE(test::headerTexts(view->model()),
                 (QStringList{"Name", "Description", "Members", "Group ID"}));

        panel.actions()->createAction()->trigger();
        auto *create = test::openedDialog<GroupDialog>(&panel);
        QVERIFY(create);
        QVERIFY(!create->okButton()->isEnabled());
        create->nameEdit()->setText(QStringLiteral("class-2025"));
        create->descriptionEdit()->setText(QStringLiteral("Students of 2025"));
        create->okButton()->click();
        QCOMPARE(create->result(), int(QDialog::Accepted));
        QTRY_VERIFY(!panel.findChild<GroupDialog *>()); // closed and deleted
        QCOMPARE(panel.model()->rowCount(), 1);

        panel.table()->selectByName({QStringLiteral("class-2025")});
        QVERIFY(panel.actions()->editAction()->isEnabled());
        panel.actions()->editAction()->trigger();
        auto *edit = test::openedDialog<GroupDialog>(&panel);
        QVERIFY(edit);
        QCOMPARE(edit->nameEdit()->text(), QStringLiteral("class-2025"));
        edit->nameEdit()->setText(QStringLiteral("class-2026"));
        edit->okButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        QCOMPARE(panel.model()->index(0, GroupModel::Name).data().toString(), QStringLiteral("class-2026"));
        QTRY_VERIFY(!panel.findChild<GroupDialog *>());

        // A duplicate name is refused in the dialog with the engine's words.
        QVERIFY(lab.engine->groups().create(lab.admin, GroupSpec{QStringLiteral("staff"), QString()}).ok());
        panel.actions()->createAction()->trigger();
        auto *dup = test::openedDialog<GroupDialog>(&panel);
        dup->nameEdit()->setText(QStringLiteral("staff"));
        dup->okButton()->click();
        QCOMPARE(dup->errorText(), QStringLiteral("Group name 'staff' is already used; choose another name"));
        dup->reject();
        QTRY_VERIFY(!panel.findChild<GroupDialog *>());

        panel.table()->selectByName({QStringLiteral("class-2026"), QStringLiteral("staff")});
        panel.actions()->deleteAction()->trigger();
        auto *box = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("class-2026, staff")));
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Delete Groups"))
                b->click();
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void manageMembersAddsAndRemovesUsers()
    {
        auto group = lab.engine->groups().create(lab.admin, GroupSpec{QStringLiteral("lab-b"), QString()});
        QVERIFY(group.ok());
        GroupsPanel panel(*lab.engine, lab.admin);
        panel.table()->selectByName({QStringLiteral("lab-b")});
        QVERIFY(panel.actions()->membersAction()->isEnabled());
        panel.actions()->membersAction()->trigger();
        auto *dialog = test::openedDialog<GroupMembersDialog>(&panel);
        QVERIFY(dialog);
        QCOMPARE(texts(dialog->usersList()), (QStringList{"admin", "demo"}));
        QVERIFY(texts(dialog->membersList()).isEmpty());
        QVERIFY(!dialog->addButton()->isEnabled());

        select(dialog->usersList(), QStringLiteral("demo"));
        QVERIFY(dialog->addButton()->isEnabled());
        dialog->addButton()->click();
        QCOMPARE(texts(dialog->membersList()), QStringList{QStringLiteral("demo")});
        QCOMPARE(texts(dialog->usersList()), QStringList{QStringLiteral("admin")});
        QCOMPARE(lab.engine->groups().show(lab.admin, group->id)->memberNames,
                 QStringList{QStringLiteral("demo")});
        QCOMPARE(panel.model()->index(panel.model()->rowOf(group->id), GroupModel::Members).data().toInt(),
                 1);

        select(dialog->membersList(), QStringLiteral("demo"));
        dialog->removeButton()->click();
        QVERIFY(texts(dialog->membersList()).isEmpty());
        QVERIFY(lab.engine->groups().show(lab.admin, group->id)->memberNames.isEmpty());
        QVERIFY(dialog->errorText().isEmpty());
    }
};

SD_GUI_TEST_MAIN(TestGroupsPanel)
#include "tst_groupspanel.moc"

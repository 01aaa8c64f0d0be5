// Identity › Users: the table, Create User through the dialog (Horizon's password rules and messages, the
// role given on the primary project), Edit, Change Password, bulk Enable/Disable and Delete with one
// confirmation, and the selected user's role assignments.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/createuserdialog.h"
#include "dialogs/edituserdialog.h"
#include "dialogs/tenantcombo.h"
#include "dialogs/userpassworddialog.h"
#include "models/roleassignmentmodel.h"
#include "models/usermodel.h"
#include "panels/tablepane.h"
#include "panels/useractions.h"
#include "panels/userspanel.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/passwordpair.h"
#include "widgets/resourcetable.h"

#include "identity/authservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace sd;

namespace {
UserSpec spec(const QString &name)
{
    UserSpec s;
    s.name = name;
    s.password = QStringLiteral("a long password");
    s.primaryProject = QStringLiteral("demo");
    return s;
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text() == text) {
            b->click();
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}
} // namespace

class TestUsersPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase() { QVERIFY(lab.open()); }

    void showsHorizonsColumnsWithFilterAndCount()
    {
        UsersPanel panel(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = panel.table()->view();
        QCOMPARE(test::headerTexts(view->model()),
                 (QStringList{"User Name", "Description", "Email", "Primary Project", "Enabled", "User ID"}));
        const int before = view->model()->rowCount();
        QVERIFY(before >= 2);
        QVERIFY(panel.table()->countLabel()->text().contains(QString::number(before)));
        panel.table()->filterEdit()->setText(QStringLiteral("DEM"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(panel.table()->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        panel.table()->filterEdit()->clear();
        QCOMPARE(view->model()->rowCount(), before);
    }

    void createUserRefusesWeakAndMismatchedPasswords()
    {
        CreateUserDialog dialog(*lab.engine, lab.admin);
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.nameEdit()->setText(QStringLiteral("erin"));
        PasswordPair *pw = dialog.passwords();
        pw->passwordEdit()->setText(QStringLiteral("short"));
        pw->confirmEdit()->setText(QStringLiteral("short"));
        // The engine's minimum length, in the engine's words.
        const QString tooShort = lab.engine->users().checkPassword(QStringLiteral("short")).error().message;
        QVERIFY(tooShort.contains(QString::number(lab.engine->users().minimumPasswordLength())));
        QCOMPARE(dialog.problemText(), tooShort);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.okButton()->toolTip(), tooShort);

        pw->passwordEdit()->setText(QStringLiteral("long enough 1"));
        pw->confirmEdit()->setText(QStringLiteral("long enough 2"));
        QCOMPARE(dialog.problemText(), QStringLiteral("Passwords do not match."));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QVERIFY(!lab.engine->users().show(lab.admin, QStringLiteral("erin")).ok());

        pw->confirmEdit()->setText(QStringLiteral("long enough 1"));
        QVERIFY(dialog.problemText().isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void createUserAddsARowAndGivesTheRole()
    {
        UsersPanel panel(*lab.engine, lab.admin);
        const int before = panel.model()->rowCount();
        panel.actions()->createAction()->trigger();
        auto *dialog = test::openedDialog<CreateUserDialog>(&panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->roleCombo()->currentText(), QStringLiteral("member"));   // Horizon's default
        QCOMPARE(dialog->projectCombo()->currentText(), QStringLiteral("admin")); // the admin's project
        dialog->projectCombo()->select(QStringLiteral("demo"));
        dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findText(QStringLiteral("reader")));
        dialog->nameEdit()->setText(QStringLiteral("frank"));
        dialog->emailEdit()->setText(QStringLiteral("frank@example.org"));
        dialog->descriptionEdit()->setText(QStringLiteral("Student, group B"));
        dialog->passwords()->passwordEdit()->setText(QStringLiteral("frank's password"));
        dialog->passwords()->confirmEdit()->setText(QStringLiteral("frank's password"));
        dialog->okButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(panel.model()->rowCount(), before + 1);
        const QList<User> selected = panel.selectedUsers(); // the new row is selected
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().name, QStringLiteral("frank"));
        QCOMPARE(selected.first().primaryProjectName, QStringLiteral("demo"));
        auto frank = lab.engine->auth().login(QStringLiteral("frank"), QStringLiteral("frank's password"));
        QVERIFY2(frank.ok(), qPrintable(frank.error().message));
        QCOMPARE(frank->context.projectName, QStringLiteral("demo"));
        QCOMPARE(frank->context.roles, QStringList{QStringLiteral("reader")});
        (void)lab.engine->auth().revoke(frank->token);

        // The Role Assignments tab shows it.
        QCOMPARE(panel.assignmentModel()->rowCount(), 1);
        QCOMPARE(panel.assignmentModel()->index(0, RoleAssignmentModel::RoleName).data().toString(),
                 QStringLiteral("reader"));
    }

    void createUserShowsTheEnginesRefusal()
    {
        CreateUserDialog dialog(*lab.engine, lab.admin);
        dialog.nameEdit()->setText(QStringLiteral("demo")); // taken
        dialog.passwords()->passwordEdit()->setText(QStringLiteral("whatever long"));
        dialog.passwords()->confirmEdit()->setText(QStringLiteral("whatever long"));
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), QStringLiteral("User name 'demo' is already used; choose another name"));
    }

    void editAndChangePasswordWorkOnOneUser()
    {
        auto grace = lab.engine->users().create(lab.admin, spec(QStringLiteral("grace")));
        QVERIFY(grace.ok());
        UsersPanel panel(*lab.engine, lab.admin);
        panel.selectUsers({QStringLiteral("grace")});
        QVERIFY(panel.actions()->editAction()->isEnabled());
        panel.actions()->editAction()->trigger();
        auto *edit = test::openedDialog<EditUserDialog>(&panel);
        QVERIFY(edit);
        edit->emailEdit()->setText(QStringLiteral("grace@example.org"));
        edit->projectCombo()->select(QStringLiteral("admin"));
        edit->okButton()->click();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        const int row = panel.model()->rowOf(grace->id);
        QCOMPARE(panel.model()->index(row, UserModel::Email).data().toString(),
                 QStringLiteral("grace@example.org"));
        QCOMPARE(panel.model()->index(row, UserModel::PrimaryProject).data().toString(),
                 QStringLiteral("admin"));

        panel.actions()->passwordAction()->trigger();
        auto *password = test::openedDialog<UserPasswordDialog>(&panel);
        QVERIFY(password);
        password->passwords()->passwordEdit()->setText(QStringLiteral("grace's new one"));
        password->passwords()->confirmEdit()->setText(QStringLiteral("grace's new one"));
        password->okButton()->click();
        QCOMPARE(password->result(), int(QDialog::Accepted));
        QCOMPARE(lab.engine->auth()
                     .login(QStringLiteral("grace"), QStringLiteral("a long password"))
                     .error()
                     .message,
                 QStringLiteral("Login as grace failed: wrong user name or password"));
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, grace->id, QStringLiteral("demo"), QStringLiteral("member"))
                    .ok());
        auto session = lab.engine->auth().login(QStringLiteral("grace"), QStringLiteral("grace's new one"),
                                                QStringLiteral("demo"));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        (void)lab.engine->auth().revoke(session->token);
    }

    void disableEnableAndDeleteWorkOnTheSelection()
    {
        QVERIFY(lab.engine->users().create(lab.admin, spec(QStringLiteral("hal"))).ok());
        QVERIFY(lab.engine->users().create(lab.admin, spec(QStringLiteral("ivy"))).ok());
        UsersPanel panel(*lab.engine, lab.admin);
        UserActions *actions = panel.actions();
        panel.selectUsers({QStringLiteral("hal"), QStringLiteral("ivy")});
        QCOMPARE(panel.selectedUsers().size(), 2);
        QVERIFY(!actions->editAction()->isEnabled()); // one at a time
        QVERIFY(actions->disableAction()->isEnabled());
        QVERIFY(!actions->enableAction()->isEnabled());

        actions->disableAction()->trigger();
        for (const QString &name : {QStringLiteral("hal"), QStringLiteral("ivy")})
            QVERIFY(!lab.engine->users().show(lab.admin, name)->enabled);
        // The gates follow the rows' new state.
        QVERIFY(actions->enableAction()->isEnabled());
        QVERIFY(!actions->disableAction()->isEnabled());
        actions->enableAction()->trigger();
        QVERIFY(lab.engine->users().show(lab.admin, QStringLiteral("hal"))->enabled);

        const int before = panel.model()->rowCount();
        actions->deleteAction()->trigger();
        auto *box = test::openedDialog<QMessageBox>(&panel);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("DeleteUserConfirmation"));
        QVERIFY(box->text().contains(QStringLiteral("hal")) && box->text().contains(QStringLiteral("ivy")));
        clickButton(box, QStringLiteral("Delete Users"));
        QCOMPARE(panel.model()->rowCount(), before - 2);
        QVERIFY(!lab.engine->users().show(lab.admin, QStringLiteral("hal")).ok());
    }

    void refusalsBecomeNotifications()
    {
        UsersPanel panel(*lab.engine, lab.admin);
        QSignalSpy notify(&panel, &Panel::notify);
        panel.selectUsers({QStringLiteral("admin")});
        panel.actions()->disableAction()->trigger(); // oneself
        QCOMPARE(notify.size(), 1);
        QCOMPARE(notify.first().first().toString(),
                 QStringLiteral("Disable user admin: you cannot disable yourself"));
    }
};

SD_GUI_TEST_MAIN(TestUsersPanel)
#include "tst_userspanel.moc"

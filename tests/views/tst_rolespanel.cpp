// Identity › Roles: the table, Create Role, and Delete Role, which built-in roles refuse with a tooltip
// saying why.

#include "viewtestlab.h"

#include "dialogs/createroledialog.h"
#include "models/rolemodel.h"
#include "panels/rolespanel.h"
#include "panels/tablepane.h"
#include "widgets/resourcetable.h"

#include "identity/roleservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace sd;

class TestRolesPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase() { QVERIFY(lab.open()); }

    void builtInRolesCannotBeDeleted()
    {
        RolesPanel panel(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel.table()->view()->model()->rowCount(), 3);
        QVERIFY(!panel.deleteAction()->isEnabled()); // nothing selected
        panel.table()->selectByName({QStringLiteral("member")});
        QVERIFY(!panel.deleteAction()->isEnabled());
        QCOMPARE(panel.deleteAction()->toolTip(),
                 QStringLiteral("Built-in roles (admin, member, reader) cannot be deleted"));
    }

    void createAndDeleteARole()
    {
        RolesPanel panel(*lab.engine, lab.admin);
        panel.createAction()->trigger();
        auto *dialog = panel.findChild<CreateRoleDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("member"));
        dialog->okButton()->click();
        QCOMPARE(dialog->errorText(), QStringLiteral("Role name 'member' is already used"));
        dialog->nameEdit()->setText(QStringLiteral("auditor"));
        QVERIFY(dialog->errorText().isEmpty()); // an old refusal goes once the field changes
        dialog->okButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(panel.model()->rowCount(), 4);

        panel.table()->selectByName({QStringLiteral("auditor")});
        QVERIFY(panel.deleteAction()->isEnabled());
        panel.deleteAction()->trigger();
        auto *box = panel.findChild<QMessageBox *>(QStringLiteral("DeleteRoleConfirmation"));
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Delete Role"))
                b->click();
        QCOMPARE(panel.model()->rowCount(), 3);
    }
};

SD_GUI_TEST_MAIN(TestRolesPanel)
#include "tst_rolespanel.moc"

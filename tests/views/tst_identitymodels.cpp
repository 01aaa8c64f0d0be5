// The identity table models: every one passes QAbstractItemModelTester, shows the engine's values and
// follows the engine's notifications row by row.

#include "viewtestlab.h"

#include "models/groupmodel.h"
#include "models/roleassignmentmodel.h"
#include "models/rolemodel.h"
#include "models/usermodel.h"

#include "identity/groupservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace sd;

namespace {
QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    values.sort();
    return values;
}

UserSpec userSpec(const QString &name, const QString &project = QStringLiteral("demo"))
{
    UserSpec spec;
    spec.name = name;
    spec.email = name + QStringLiteral("@example.org");
    spec.password = QStringLiteral("correct horse");
    spec.primaryProject = project;
    return spec;
}
} // namespace

class TestIdentityModels : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase() { QVERIFY(lab.open()); }

    void userModelShowsUsersAndFollowsChanges()
    {
        UserModel model(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, UserModel::Name), (QStringList{"admin", "demo"}));
        const int demo = model.rowOf(lab.engine->users().show(lab.admin, QStringLiteral("demo"))->id);
        QCOMPARE(model.index(demo, UserModel::PrimaryProject).data().toString(), QStringLiteral("demo"));
        QCOMPARE(model.index(demo, UserModel::Enabled).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.headerData(UserModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto alice = lab.engine->users().create(lab.admin, userSpec(QStringLiteral("alice")));
        QVERIFY(alice.ok());
        QCOMPARE(inserted.size(), 1);
        const int row = model.rowOf(alice->id);
        QCOMPARE(model.index(row, UserModel::Email).data().toString(), QStringLiteral("alice@example.org"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        UserUpdate off;
        off.enabled = false;
        QVERIFY(lab.engine->users().update(lab.admin, alice->id, off).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOf(alice->id), UserModel::Enabled).data().toString(),
                 QStringLiteral("No"));

        QVERIFY(lab.engine->users().remove(lab.admin, alice->id).ok());
        QCOMPARE(model.rowOf(alice->id), -1);
        QCOMPARE(reset.size(), 0); // row by row, never a reset
    }

    void roleModelMarksBuiltInRoles()
    {
        RoleModel model(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, RoleModel::Name), (QStringList{"admin", "member", "reader"}));
        QCOMPARE(column(model, RoleModel::BuiltIn), (QStringList{"Yes", "Yes", "Yes"}));
        auto auditor = lab.engine->roles().create(lab.admin, QStringLiteral("auditor"));
        QVERIFY(auditor.ok());
        const int row = model.rowOf(auditor->id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RoleModel::BuiltIn).data().toString(), QStringLiteral("No"));
        QVERIFY(!model.index(row, 0).data(RoleModel::BuiltInRole).toBool());
        QVERIFY(lab.engine->roles().remove(lab.admin, auditor->id).ok());
        QCOMPARE(model.rowOf(auditor->id), -1);
    }

    void groupModelCountsMembers()
    {
        GroupModel model(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto group = lab.engine->groups().create(
            lab.admin, GroupSpec{QStringLiteral("teachers"), QStringLiteral("Staff")});
        QVERIFY(group.ok());
        const auto members = [&] { return model.index(model.rowOf(group->id), GroupModel::Members).data(); };
        QCOMPARE(members().toInt(), 0);
        QVERIFY(lab.engine->groups().addUser(lab.admin, group->id, QStringLiteral("demo")).ok());
        QCOMPARE(members().toInt(), 1);
        QCOMPARE(model.index(model.rowOf(group->id), GroupModel::Members).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("demo"));
        // A deleted user leaves the group without the group saying so: the model re-reads the groups.
        auto bob = lab.engine->users().create(lab.admin, userSpec(QStringLiteral("bob")));
        QVERIFY(bob.ok());
        QVERIFY(lab.engine->groups().addUser(lab.admin, group->id, bob->id).ok());
        QCOMPARE(members().toInt(), 2);
        QVERIFY(lab.engine->users().remove(lab.admin, bob->id).ok());
        QCOMPARE(members().toInt(), 1);
        QVERIFY(lab.engine->groups().remove(lab.admin, group->id).ok());
        QCOMPARE(model.rowOf(group->id), -1);
    }

    void assignmentModelShowsEffectiveRolesAndTheirGroups()
    {
        RoleAssignmentModel model(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto carol = lab.engine->users().create(lab.admin, userSpec(QStringLiteral("carol")));
        QVERIFY(carol.ok());
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, carol->id, QStringLiteral("demo"), QStringLiteral("member"))
                    .ok());
        model.setUser(carol->id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RoleAssignmentModel::Project).data().toString(), QStringLiteral("demo"));
        QCOMPARE(model.index(0, RoleAssignmentModel::RoleName).data().toString(), QStringLiteral("member"));
        QCOMPARE(model.index(0, RoleAssignmentModel::ViaGroup).data().toString(), QString());

        // A group's role on another project reaches carol once she joins the group.
        auto readers =
            lab.engine->groups().create(lab.admin, GroupSpec{QStringLiteral("readers"), QString()});
        QVERIFY(readers.ok());
        QVERIFY(lab.engine->roles()
                    .assignToGroup(lab.admin, readers->id, QStringLiteral("admin"), QStringLiteral("reader"))
                    .ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(lab.engine->groups().addUser(lab.admin, readers->id, carol->id).ok());
        QCOMPARE(model.rowCount(), 2);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, RoleAssignmentModel::Project).data().toString() == QLatin1String("admin"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RoleAssignmentModel::RoleName).data().toString(), QStringLiteral("reader"));
        QCOMPARE(model.index(row, RoleAssignmentModel::ViaGroup).data().toString(),
                 QStringLiteral("readers"));

        QVERIFY(lab.engine->groups().removeUser(lab.admin, readers->id, carol->id).ok());
        QCOMPARE(model.rowCount(), 1);
        model.setUser(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

SD_GUI_TEST_MAIN(TestIdentityModels)
#include "tst_identitymodels.moc"

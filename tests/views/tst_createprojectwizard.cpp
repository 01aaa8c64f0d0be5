// Identity › Projects › Create Project: the three steps, the name checks that keep Finish disabled
// (and say why), a full run with a member and a group, and nothing created when a pick vanished.

#include "viewtestlab.h"

#include "dialogs/projectform.h"
#include "theme.h"
#include "widgets/projectmemberpicker.h"
#include "widgets/projectrolecombo.h"
#include "wizards/createproject/createprojectwizard.h"
#include "wizards/createproject/projectgroupspage.h"
#include "wizards/createproject/projectinfopage.h"
#include "wizards/createproject/projectmemberspage.h"

#include "identity/groupservice.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace sd;

class TestCreateProjectWizard : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

    QStringList assignmentsOf(const QString &project) const
    {
        QStringList list;
        auto all = lab.engine->roles().assignments(lab.admin, RoleAssignmentFilter{{}, project, false});
        if (all)
            for (const RoleAssignment &a : *all)
                list << (a.userName.isEmpty() ? QStringLiteral("group ") + a.groupName
                                              : QStringLiteral("user ") + a.userName) +
                            QLatin1Char(':') + a.roleName;
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.engine->groups().create(lab.admin, GroupSpec{QStringLiteral("students"), {}}).ok());
    }

    void hasHorizonsThreeSteps()
    {
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        QCOMPARE(wizard.pageIds().size(), 3);
        QCOMPARE(wizard.page(wizard.pageIds().at(0))->title(), QStringLiteral("Project Information"));
        QCOMPARE(wizard.page(wizard.pageIds().at(1))->title(), QStringLiteral("Project Members"));
        QCOMPARE(wizard.page(wizard.pageIds().at(2))->title(), QStringLiteral("Project Groups"));
        QVERIFY(wizard.membersPage()->picker()->candidateList()->count() >= 2); // admin and demo
        QCOMPARE(wizard.groupsPage()->picker()->candidateList()->count(), 1);
    }

    void badNamesKeepFinishDisabled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("Project name: empty; give it a name");
        QTest::newRow("blank") << QStringLiteral("   ")
                               << QStringLiteral("Project name: empty; give it a name");
        QTest::newRow("too long") << QString(256, QLatin1Char('p'))
                                  << QStringLiteral("longer than 255 characters (256)");
        QTest::newRow("duplicate") << QStringLiteral("demo")
                                   << QStringLiteral(
                                          "Project name 'demo' is already used; choose another name");
    }

    void badNamesKeepFinishDisabled()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QLineEdit *edit = wizard.infoPage()->form()->nameEdit();
        QTest::keyClicks(edit, QStringLiteral("x"));
        edit->setText(name);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(wizard.infoPage()->reasonLabel()->text().contains(reason),
                 qPrintable(wizard.infoPage()->reasonLabel()->text()));
        QVERIFY(wizard.infoPage()->reasonLabel()->isVisible());

        edit->setText(QStringLiteral("a-good-name"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.infoPage()->reasonLabel()->text().isEmpty());
    }

    void aFullRunCreatesTheProjectWithItsMembers()
    {
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        QSignalSpy created(&wizard, &CreateProjectWizard::projectCreated);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.infoPage()->form()->nameEdit(), QStringLiteral("physics-101"));
        wizard.infoPage()->form()->descriptionEdit()->setPlainText(QStringLiteral("First-year lab"));
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.membersPage());
        wizard.membersPage()->picker()->addMember(QStringLiteral("demo"));
        QCOMPARE(wizard.membersPage()->picker()->members().value(QStringLiteral("demo")),
                 QStringList{QStringLiteral("member")}); // Horizon's default role
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.groupsPage());
        wizard.groupsPage()->picker()->addMember(QStringLiteral("students"));
        wizard.groupsPage()
            ->picker()
            ->roleCombo(QStringLiteral("students"))
            ->setCheckedRoles({QStringLiteral("reader")});
        wizard.button(QWizard::FinishButton)->click();

        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(created.size(), 1);
        auto project = lab.engine->projects().show(lab.admin, QStringLiteral("physics-101"));
        QVERIFY(project.ok());
        QCOMPARE(project->description, QStringLiteral("First-year lab"));
        QVERIFY(project->enabled);
        QCOMPARE(assignmentsOf(QStringLiteral("physics-101")),
                 (QStringList{QStringLiteral("group students:reader"), QStringLiteral("user demo:member")}));
    }

    void finishWorksFromTheFirstStep()
    {
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.infoPage()->form()->nameEdit(), QStringLiteral("empty-project"));
        wizard.infoPage()->form()->enabledBox()->setChecked(false);
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!lab.engine->projects().show(lab.admin, QStringLiteral("empty-project"))->enabled);
        QVERIFY(assignmentsOf(QStringLiteral("empty-project")).isEmpty());
    }

    void aVanishedRoleCreatesNothing()
    {
        QVERIFY(lab.engine->roles().create(lab.admin, QStringLiteral("assistant")).ok());
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.infoPage()->form()->nameEdit(), QStringLiteral("chemistry-201"));
        wizard.next();
        wizard.membersPage()->picker()->addMember(QStringLiteral("demo"));
        wizard.membersPage()
            ->picker()
            ->roleCombo(QStringLiteral("demo"))
            ->setCheckedRoles({QStringLiteral("assistant")});
        QVERIFY(lab.engine->roles().remove(lab.admin, QStringLiteral("assistant")).ok());
        wizard.button(QWizard::FinishButton)->click();

        QVERIFY(wizard.isVisible());
        QVERIFY2(wizard.errorText().contains(QStringLiteral("role assistant")),
                 qPrintable(wizard.errorText()));
        QVERIFY(wizard.errorText().startsWith(QStringLiteral("Nothing was created")));
        QVERIFY(!lab.engine->projects().show(lab.admin, QStringLiteral("chemistry-201")).ok());
    }

    void aNameTakenMeanwhileIsTheEnginesError()
    {
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.infoPage()->form()->nameEdit(), QStringLiteral("biology"));
        QVERIFY(
            lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("biology"), {}, true}).ok());
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.errorText(),
                 QStringLiteral("Project name 'biology' is already used; choose another name"));
        QVERIFY(wizard.createdProjectId().isEmpty());
    }

    // Not a check: with SD_SHOTS_DIR set, writes PNGs of the three steps for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("set SD_SHOTS_DIR to write screenshots");
        QDir().mkpath(dir);
        Theme::apply(*qApp);
        CreateProjectWizard wizard(*lab.engine, lab.admin);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.infoPage()->form()->nameEdit(), QStringLiteral("demo"));
        QTest::qWait(200);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-info-taken.png")));
        wizard.infoPage()->form()->nameEdit()->setText(QStringLiteral("astronomy-301"));
        wizard.infoPage()->form()->descriptionEdit()->setPlainText(
            QStringLiteral("Third-year observatory course"));
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-info.png")));
        wizard.next();
        wizard.membersPage()->picker()->addMember(QStringLiteral("demo"));
        QTest::qWait(200);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-members.png")));
        wizard.next();
        wizard.groupsPage()->picker()->addMember(QStringLiteral("students"));
        wizard.groupsPage()
            ->picker()
            ->roleCombo(QStringLiteral("students"))
            ->setRoleChecked(QStringLiteral("reader"), true);
        QTest::qWait(200);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-groups.png")));
        ProjectRoleCombo *combo = wizard.groupsPage()->picker()->roleCombo(QStringLiteral("students"));
        combo->showPopup();
        QTest::qWait(300);
        QVERIFY(combo->view()->window()->grab().save(dir + QStringLiteral("/wizard-role-popup.png")));
        combo->hidePopup();
        wizard.reject();
    }
};

SD_GUI_TEST_MAIN(TestCreateProjectWizard)
#include "tst_createprojectwizard.moc"

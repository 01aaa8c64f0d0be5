// Identity › Projects: the list, the actions' gates, Modify Quotas, Manage Members, Edit, Enable/Disable,
// Delete and Set as Active Project, as an administrator and as the demo member.

#include "demoreadme.h"
#include "viewtestlab.h"

#include "dialogs/editprojectdialog.h"
#include "dialogs/projectform.h"
#include "dialogs/projectmembersdialog.h"
#include "dialogs/projectquotasdialog.h"
#include "models/projectmodel.h"
#include "panels/projectactions.h"
#include "panels/projectspanel.h"
#include "theme.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/projectmemberpicker.h"
#include "widgets/projectrolecombo.h"
#include "widgets/quotaeditor.h"

#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "quota/quotaservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

using namespace sd;

namespace {
qint64 limitOf(const QList<QuotaLine> &lines, const QString &resource)
{
    for (const QuotaLine &line : lines)
        if (line.resource == resource)
            return line.limit;
    return -2;
}
} // namespace

class TestProjectsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    std::unique_ptr<ProjectsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    QStringList names() const
    {
        QStringList list;
        for (int row = 0; row < panel->proxy()->rowCount(); ++row)
            list.append(panel->proxy()->index(row, ProjectModel::Name).data().toString());
        return list;
    }

    QString enabledOf(const QString &name) const
    {
        for (int row = 0; row < panel->proxy()->rowCount(); ++row)
            if (panel->proxy()->index(row, ProjectModel::Name).data().toString() == name)
                return panel->proxy()->index(row, ProjectModel::Enabled).data().toString();
        return {};
    }

    // Closed dialogs delete themselves later; finish that, so findChild() finds the next one.
    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    static void clickDestructive(QMessageBox *box)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        panel = std::make_unique<ProjectsPanel>(*lab.engine, lab.admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1200, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init() { deleteClosedDialogs(); }

    void cleanupTestCase()
    {
        proxyTester.reset();
        modelTester.reset();
        panel.reset();
    }

    void listsAdminAndDemo()
    {
        QCOMPARE(names(), (QStringList{QStringLiteral("admin"), QStringLiteral("demo")}));
        QCOMPARE(panel->proxy()->columnCount(), 4);
        QCOMPARE(panel->proxy()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(panel->proxy()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Description"));
        QCOMPARE(panel->proxy()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Project ID"));
        QCOMPARE(panel->proxy()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Enabled"));
        QCOMPARE(enabledOf(QStringLiteral("demo")), QStringLiteral("Yes"));
        QCOMPARE(panel->countLabel()->text(), QStringLiteral("Displaying 2 items"));
        panel->filterEdit()->setText(QStringLiteral("DEM"));
        QCOMPARE(names(), QStringList{QStringLiteral("demo")});
        QCOMPARE(panel->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        panel->filterEdit()->clear();
        QCOMPARE(panel->proxy()->rowCount(), 2);
    }

    void actionsFollowTheSelection()
    {
        ProjectActions *a = panel->actions();
        for (QAction *action : a->actions())
            QVERIFY2(action->isVisible(), qPrintable(action->objectName())); // an administrator sees all
        panel->selectProjects({});
        QVERIFY(a->createAction()->isEnabled());
        QVERIFY(!a->editAction()->isEnabled());
        QVERIFY(!a->quotasAction()->isEnabled());
        QVERIFY(!a->membersAction()->isEnabled());
        QVERIFY(!a->deleteAction()->isEnabled());
        QVERIFY(!a->setActiveAction()->isEnabled());

        panel->selectProjects({QStringLiteral("demo")});
        QVERIFY(a->editAction()->isEnabled());
        QVERIFY(a->quotasAction()->isEnabled());
        QVERIFY(a->membersAction()->isEnabled());
        QVERIFY(a->disableAction()->isEnabled());
        QVERIFY(!a->enableAction()->isEnabled());    // already enabled
        QVERIFY(!a->setActiveAction()->isEnabled()); // the admin holds no role on demo

        panel->selectProjects({QStringLiteral("admin"), QStringLiteral("demo")});
        QCOMPARE(panel->selectedProjects().size(), 2);
        QVERIFY(!a->editAction()->isEnabled()); // one project at a time
        QVERIFY(a->deleteAction()->isEnabled());
        QVERIFY(a->disableAction()->isEnabled());
    }

    void modifyQuotasSetsLimits()
    {
        panel->selectProjects({QStringLiteral("demo")});
        panel->actions()->quotasAction()->trigger();
        auto *dialog = panel->findChild<ProjectQuotasDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->count(), 3);
        QCOMPARE(dialog->editor()->tabText(0), QStringLiteral("Compute"));
        QCOMPARE(dialog->editor()->tabText(1), QStringLiteral("Volume"));
        QCOMPARE(dialog->editor()->tabText(2), QStringLiteral("Network"));
        QCOMPARE(dialog->editor()->spinBox(QStringLiteral("cores"))->value(), 20);
        QCOMPARE(dialog->editor()->usageLabel(QStringLiteral("cores"))->text(), QStringLiteral("0 in use"));
        dialog->editor()->spinBox(QStringLiteral("cores"))->setValue(4);
        QSpinBox *ram = dialog->editor()->spinBox(QStringLiteral("ram"));
        ram->setValue(-1);
        QCOMPARE(ram->text(), QStringLiteral("Unlimited"));
        QCOMPARE(dialog->editor()->changedLimits().size(), 2); // untouched limits keep following the defaults
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());

        auto lines = lab.engine->quotas().show(lab.admin, QStringLiteral("demo"));
        QVERIFY(lines.ok());
        QCOMPARE(limitOf(*lines, QStringLiteral("cores")), 4);
        QCOMPARE(limitOf(*lines, QStringLiteral("ram")), -1);
        QCOMPARE(limitOf(*lines, QStringLiteral("instances")), 10);
    }

    void limitsBelowUsageAreSavedAndReported()
    {
        const QString demoId = lab.engine->projects().show(lab.admin, QStringLiteral("demo"))->id;
        lab.engine->quotas().registerUsageCounter(QStringLiteral("instances"),
                                                  [demoId](QSqlDatabase &, const QString &project) {
                                                      return project == demoId ? qint64(3) : qint64(0);
                                                  });
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectProjects({QStringLiteral("demo")});
        panel->actions()->quotasAction()->trigger();
        auto *dialog = panel->findChild<ProjectQuotasDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->usageLabel(QStringLiteral("instances"))->text(),
                 QStringLiteral("3 in use"));
        dialog->editor()->spinBox(QStringLiteral("instances"))->setValue(2);
        QCOMPARE(dialog->editor()->belowUsage(), QStringList{QStringLiteral("instances")});
        QVERIFY(dialog->editor()
                    ->usageLabel(QStringLiteral("instances"))
                    ->text()
                    .contains(QStringLiteral("above")));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().first().toString().contains(QStringLiteral("instances")));
        QCOMPARE(limitOf(*lab.engine->quotas().show(lab.admin, QStringLiteral("demo")),
                         QStringLiteral("instances")),
                 2);
        // Back to no counter's effect: later tests delete projects.
        lab.engine->quotas().registerUsageCounter(QStringLiteral("instances"),
                                                  [](QSqlDatabase &, const QString &) { return qint64(0); });
    }

    void manageMembersAddsAndRemovesRoles()
    {
        QVERIFY(lab.engine->projects()
                    .create(lab.admin, ProjectSpec{QStringLiteral("chemistry"), {}, true})
                    .ok());
        panel->selectProjects({QStringLiteral("chemistry")});
        panel->actions()->membersAction()->trigger();
        auto *dialog = panel->findChild<ProjectMembersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->userPicker()->members().isEmpty());
        dialog->userPicker()->addMember(QStringLiteral("demo"));
        QCOMPARE(dialog->userPicker()->members().value(QStringLiteral("demo")),
                 QStringList{QStringLiteral("member")});
        dialog->userPicker()
            ->roleCombo(QStringLiteral("demo"))
            ->setRoleChecked(QStringLiteral("reader"), true);
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());

        auto roles = [this] {
            QStringList list;
            const auto all = lab.engine->roles().assignments(
                lab.admin, RoleAssignmentFilter{{}, QStringLiteral("chemistry"), false});
            if (all)
                for (const RoleAssignment &a : *all)
                    list << a.userName + QLatin1Char(':') + a.roleName;
            list.sort();
            return list;
        };
        QCOMPARE(roles(), (QStringList{QStringLiteral("demo:member"), QStringLiteral("demo:reader")}));

        deleteClosedDialogs();
        panel->actions()->membersAction()->trigger();
        dialog = panel->findChild<ProjectMembersDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->userPicker()->members().value(QStringLiteral("demo")).size(), 2);
        dialog->userPicker()
            ->roleCombo(QStringLiteral("demo"))
            ->setRoleChecked(QStringLiteral("member"), false);
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(roles(), QStringList{QStringLiteral("demo:reader")});
    }

    void editChangesTheDescription()
    {
        panel->selectProjects({QStringLiteral("chemistry")});
        panel->actions()->editAction()->trigger();
        auto *dialog = panel->findChild<EditProjectDialog *>();
        QVERIFY(dialog);
        dialog->form()->nameEdit()->setText(QStringLiteral("demo"));
        QVERIFY(!dialog->okButton()->isEnabled()); // taken
        QVERIFY(dialog->okButton()->toolTip().contains(QStringLiteral("already used")));
        dialog->form()->nameEdit()->setText(QStringLiteral("chemistry"));
        QVERIFY(dialog->okButton()->isEnabled()); // its own name is no clash
        dialog->form()->descriptionEdit()->setPlainText(QStringLiteral("Organic chemistry, autumn term"));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->projects().show(lab.admin, QStringLiteral("chemistry"))->description,
                 QStringLiteral("Organic chemistry, autumn term"));
        QCOMPARE(panel->selectedProjects().value(0).description,
                 QStringLiteral("Organic chemistry, autumn term"));
    }

    void enableAndDisableUpdateTheRows()
    {
        QVERIFY(
            lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("physics"), {}, true}).ok());
        panel->selectProjects({QStringLiteral("chemistry"), QStringLiteral("physics")});
        panel->actions()->disableAction()->trigger();
        QTRY_COMPARE(enabledOf(QStringLiteral("chemistry")), QStringLiteral("No"));
        QCOMPARE(enabledOf(QStringLiteral("physics")), QStringLiteral("No"));
        QVERIFY(!lab.engine->projects().show(lab.admin, QStringLiteral("physics"))->enabled);
        // The gates moved with the projects, the selection did not.
        QVERIFY(panel->actions()->enableAction()->isEnabled());
        QVERIFY(!panel->actions()->disableAction()->isEnabled());
        panel->actions()->enableAction()->trigger();
        QTRY_COMPARE(enabledOf(QStringLiteral("chemistry")), QStringLiteral("Yes"));
        QCOMPARE(enabledOf(QStringLiteral("physics")), QStringLiteral("Yes"));
    }

    void disablingTheCurrentProjectShowsTheEnginesMessage()
    {
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectProjects({QStringLiteral("admin")});
        panel->actions()->disableAction()->trigger();
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().first().toString().contains(QStringLiteral("the one you are working in")));
        QCOMPARE(enabledOf(QStringLiteral("admin")), QStringLiteral("Yes"));
    }

    void deleteRefusesTheCurrentProjectAndDeletesAnother()
    {
        QSignalSpy notified(panel.get(), &Panel::notify);
        panel->selectProjects({QStringLiteral("admin")});
        panel->actions()->deleteAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteProjectConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("admin")));
        clickDestructive(box);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(
            notified.first().first().toString(),
            QStringLiteral("Project admin is the one you are working in; switch to another project before "
                           "deleting it"));
        QVERIFY(names().contains(QStringLiteral("admin")));

        deleteClosedDialogs();
        panel->selectProjects({QStringLiteral("physics"), QStringLiteral("chemistry")});
        panel->actions()->deleteAction()->trigger();
        box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteProjectConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("chemistry")));
        QVERIFY(box->text().contains(QStringLiteral("physics")));
        clickDestructive(box);
        QTRY_COMPARE(names(), (QStringList{QStringLiteral("admin"), QStringLiteral("demo")}));
        QCOMPARE(notified.size(), 1);
    }

    void setAsActiveProjectNeedsARole()
    {
        QSignalSpy requested(panel.get(), &ProjectsPanel::activeProjectRequested);
        QVERIFY(
            lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("biology"), {}, true}).ok());
        panel->selectProjects({QStringLiteral("biology")});
        QVERIFY(!panel->actions()->setActiveAction()->isEnabled()); // no role yet
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, lab.admin.userName, QStringLiteral("biology"),
                                  QStringLiteral("member"))
                    .ok());
        QVERIFY(panel->actions()->setActiveAction()->isEnabled()); // follows the new assignment
        panel->actions()->setActiveAction()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("biology"));

        panel->selectProjects({QStringLiteral("admin")});
        QVERIFY(!panel->actions()->setActiveAction()->isEnabled()); // already the active one
    }

    void aMemberSeesOnlyTheirProjectAndNoAdminActions()
    {
        const QString password = test::demoPassword(lab.engine->dataDir().path(), QStringLiteral("Member"));
        QVERIFY(!password.isEmpty());
        auto demo = lab.engine->login(QStringLiteral("demo"), password, QStringLiteral("demo"));
        QVERIFY2(demo.ok(), qPrintable(demo.error().message));
        ProjectsPanel memberPanel(*lab.engine, *demo);
        QAbstractItemModelTester tester(memberPanel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(memberPanel.proxy()->rowCount(), 1);
        QCOMPARE(memberPanel.proxy()->index(0, ProjectModel::Name).data().toString(), QStringLiteral("demo"));
        ProjectActions *a = memberPanel.actions();
        QVERIFY(!a->createAction()->isVisible());
        QVERIFY(!a->deleteAction()->isVisible());
        QVERIFY(!a->editAction()->isVisible());
        QVERIFY(!a->quotasAction()->isVisible());
        QVERIFY(!a->membersAction()->isVisible());
        QVERIFY(!a->enableAction()->isVisible());
        QVERIFY(a->setActiveAction()->isVisible());
        // A project created meanwhile by the admin does not appear for the member.
        QVERIFY(
            lab.engine->projects().create(lab.admin, ProjectSpec{QStringLiteral("history"), {}, true}).ok());
        QCOMPARE(memberPanel.proxy()->rowCount(), 1);
        // …until the member gets a role on it.
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, QStringLiteral("demo"), QStringLiteral("history"),
                                  QStringLiteral("reader"))
                    .ok());
        QCOMPARE(memberPanel.proxy()->rowCount(), 2);
    }

    // Not a check: with SD_SHOTS_DIR set, writes PNGs of the panel and its dialogs for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("set SD_SHOTS_DIR to write screenshots");
        QDir().mkpath(dir);
        Theme::apply(*qApp);
        QVERIFY(lab.engine->projects()
                    .update(lab.admin, QStringLiteral("demo"),
                            ProjectUpdate{std::nullopt, QStringLiteral("A student's view of the cloud"),
                                          std::nullopt})
                    .ok());
        panel->selectProjects({QStringLiteral("demo")});
        QTest::qWait(200);
        QVERIFY(panel->grab().save(dir + QStringLiteral("/projects.png")));

        panel->actions()->quotasAction()->trigger();
        auto *quotas = panel->findChild<ProjectQuotasDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(quotas));
        QTest::qWait(200);
        QVERIFY(quotas->grab().save(dir + QStringLiteral("/modify-quotas.png")));
        quotas->editor()->setCurrentIndex(2);
        QTest::qWait(100);
        QVERIFY(quotas->grab().save(dir + QStringLiteral("/modify-quotas-network.png")));
        quotas->reject();
        deleteClosedDialogs();

        panel->actions()->membersAction()->trigger();
        auto *members = panel->findChild<ProjectMembersDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(members));
        QTest::qWait(200);
        QVERIFY(members->grab().save(dir + QStringLiteral("/manage-members.png")));
        members->reject();
        deleteClosedDialogs();

        panel->actions()->editAction()->trigger();
        auto *edit = panel->findChild<EditProjectDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(edit));
        QTest::keyClick(edit->form()->nameEdit(), Qt::Key_End);
        QTest::keyClicks(edit->form()->nameEdit(), QStringLiteral("x"));
        edit->form()->nameEdit()->setText(QStringLiteral("admin"));
        QTest::qWait(200);
        QVERIFY(edit->grab().save(dir + QStringLiteral("/edit-project-taken.png")));
        edit->reject();
    }
};

SD_GUI_TEST_MAIN(TestProjectsPanel)
#include "tst_projectspanel.moc"

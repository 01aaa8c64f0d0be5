#pragma once

// The instances part of sd_screenshots: Project › Compute › Instances for the demo member with running,
// stopped, paused, locked and failed instances; Admin › Compute › Instances in the main window; an
// instance's Overview and Log tabs; and four Launch Instance steps (Details over quota, Flavor with
// greyed-out flavors, Networks, Configuration).

#include "testlab.h"

#include "mainwindow.h"
#include "panels/instanceactions.h"
#include "panels/instancedetailsdialog.h"
#include "panels/instancespanel.h"
#include "dialogs/instance/attachinterfacedialog.h"
#include "dialogs/instance/migrateinstancedialog.h"
#include "dialogs/instance/rescueinstancedialog.h"
#include "dialogs/instance/resizeinstancedialog.h"
#include "wizards/launch/keypairpage.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/configurationpage.h"
#include "wizards/launch/detailspage.h"
#include "wizards/launch/flavorpage.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/networkspage.h"
#include "wizards/launch/sourcepage.h"

#include "compute/instance/instanceservice.h"
#include "image/imageservice.h"
#include "quota/quotaservice.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSpinBox>

namespace sd::test {

inline QString importShotImage(TestLab &lab, const QString &name, qint64 minRamMb)
{
    const QString file = lab.dir.filePath(name + QStringLiteral(".qcow2"));
    if (QProcess::execute(QStringLiteral("qemu-img"),
                          {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                           QStringLiteral("qcow2"), file, QStringLiteral("1G")}) != 0)
        return {};
    ImageSpec spec;
    spec.name = name;
    spec.minRamMb = minRamMb;
    spec.visibility = ImageVisibility::Public;
    spec.sourceFile = file;
    auto image = lab.engine->images().importNow(lab.admin, spec);
    return image ? image->id : QString();
}

inline QString launchShot(TestLab &lab, const RequestContext &ctx, const QString &name, const QString &flavor,
                          int count = 1)
{
    LaunchSpec spec;
    spec.name = name;
    spec.flavor = flavor;
    spec.image = QStringLiteral("cirros-0.6");
    spec.nics = {{QStringLiteral("private"), {}, {}}};
    spec.minCount = spec.maxCount = count;
    auto made = lab.engine->instances().launch(ctx, spec);
    if (!made)
        return {};
    for (const Instance &i : *made)
        (void)lab.engine->instances().waitUntilSettled(i.id, 20000);
    return made->first().id;
}

inline void actShot(TestLab &lab, const RequestContext &ctx, const QString &id, InstanceAction action)
{
    auto task = lab.engine->instances().perform(ctx, id, action);
    if (task && !task->isEmpty())
        (void)lab.engine->tasks().wait(*task);
    (void)lab.engine->instances().waitUntilSettled(id, 20000);
}

template <typename Save> bool shootInstances(TestLab &lab, MainWindow &window, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    if (importShotImage(lab, QStringLiteral("cirros-0.6"), 64).isEmpty())
        return false;
    const QString bigImage = importShotImage(lab, QStringLiteral("windows-2022"), 4096);
    launchShot(lab, member, QStringLiteral("web"), QStringLiteral("m1.small"), 2);
    const QString db = launchShot(lab, member, QStringLiteral("db-1"), QStringLiteral("m1.medium"));
    const QString batch = launchShot(lab, member, QStringLiteral("batch-1"), QStringLiteral("m1.tiny"));
    const QString build = launchShot(lab, member, QStringLiteral("build-runner"), QStringLiteral("m1.tiny"));
    launchShot(lab, member, QStringLiteral("huge-1"), QStringLiteral("m1.xlarge"));
    actShot(lab, member, db, InstanceAction::Stop);
    actShot(lab, member, batch, InstanceAction::Pause);
    actShot(lab, member, build, InstanceAction::Lock);

    bool ok = true;
    InstancesPanel project(engine, member, InstanceModel::Scope::Project);
    project.resize(1360, 560);
    project.show();
    ok = QTest::qWaitForWindowExposed(&project) && ok;
    project.selectInstances({QStringLiteral("web-1"), QStringLiteral("web-2")});
    ok = save(&project, out + QStringLiteral("/instances.png")) && ok;
    project.selectInstances({QStringLiteral("db-1")});
    ok = save(&project, out + QStringLiteral("/instances-stopped-selected.png")) && ok;

    window.showPanel(QStringLiteral("admin/instances"));
    ok = save(&window, out + QStringLiteral("/instances-admin.png")) && ok;

    project.selectInstances({QStringLiteral("web-1")});
    project.actions()->detailsAction()->trigger();
    if (auto *details = project.findChild<InstanceDetailsDialog *>()) {
        ok = QTest::qWaitForWindowExposed(details) && ok;
        ok = save(details, out + QStringLiteral("/instance-details.png")) && ok;
        details->showTab(InstanceDetailsDialog::LogTab);
        QTest::qWait(300);
        ok = save(details, out + QStringLiteral("/instance-log.png")) && ok;
        details->showTab(InstanceDetailsDialog::ActionLogTab);
        ok = save(details, out + QStringLiteral("/instance-actionlog.png")) && ok;
        details->close();
        QTest::qWait(50); // the closed window deletes itself before the next one is looked up
    }
    project.selectInstances({QStringLiteral("huge-1")});
    project.actions()->detailsAction()->trigger();
    if (auto *details = project.findChild<InstanceDetailsDialog *>()) {
        ok = QTest::qWaitForWindowExposed(details) && ok;
        ok = save(details, out + QStringLiteral("/instance-details-error.png")) && ok;
        details->close();
        QTest::qWait(50);
    }

    // The row menu of an ACTIVE instance, and the forms of its actions beyond power.
    project.selectInstances({QStringLiteral("web-1")});
    {
        QMenu menu;
        for (QAction *a : project.actions()->menuActions())
            a ? menu.addAction(a) : menu.addSeparator();
        menu.popup(project.mapToGlobal(QPoint(40, 40)));
        ok = QTest::qWaitForWindowExposed(&menu) && ok;
        ok = save(&menu, out + QStringLiteral("/instance-row-menu.png")) && ok;
        menu.close();
    }
    const auto webOne = engine.instances().show(member, QStringLiteral("web-1"));
    if (webOne) {
        const auto shoot = [&](QDialog *dialog, const QString &file) {
            dialog->show();
            ok = QTest::qWaitForWindowExposed(dialog) && ok;
            ok = save(dialog, out + file) && ok;
            dialog->close();
        };
        ResizeInstanceDialog resize(engine, member, *webOne, &project);
        resize.flavorCombo()->setCurrentIndex(resize.flavorCombo()->findText(QStringLiteral("m1.medium")));
        shoot(&resize, QStringLiteral("/instance-resize.png"));
        RescueInstanceDialog rescue(engine, member, *webOne, &project);
        shoot(&rescue, QStringLiteral("/instance-rescue.png"));
        AttachInterfaceDialog attach(engine, member, *webOne, &project);
        attach.fixedIpEdit()->setText(QStringLiteral("10.0.0.300"));
        shoot(&attach, QStringLiteral("/instance-attach-interface.png"));
        MigrateInstanceDialog live(engine, lab.admin, *webOne, true, &project);
        shoot(&live, QStringLiteral("/instance-live-migrate.png"));
    }

    (void)engine.quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 8}});
    {
        LaunchInstanceWizard wizard(engine, member, bigImage, &project);
        wizard.show();
        ok = QTest::qWaitForWindowExposed(&wizard) && ok;
        wizard.detailsPage()->nameEdit()->setText(QStringLiteral("worker"));
        wizard.detailsPage()->countBox()->setValue(3);
        ok = save(&wizard, out + QStringLiteral("/launch-details-quota.png")) && ok;
        wizard.detailsPage()->countBox()->setValue(1);
        wizard.next();
        ok = save(&wizard, out + QStringLiteral("/launch-source.png")) && ok;
        wizard.next();
        ok = save(&wizard, out + QStringLiteral("/launch-flavor.png")) && ok;
        ChoiceTable *flavors = wizard.flavorPage()->table();
        for (int row = 0; row < flavors->topLevelItemCount(); ++row)
            if (flavors->topLevelItem(row)->text(0) == QLatin1String("m1.medium"))
                flavors->choose({flavors->keys().at(row)});
        wizard.next();
        ChoiceTable *networks = wizard.networksPage()->table();
        QStringList nics;
        for (const char *name : {"web-tier", "private"})
            for (int row = 0; row < networks->topLevelItemCount(); ++row)
                if (networks->topLevelItem(row)->text(1) == QLatin1String(name))
                    nics.append(networks->keys().at(row));
        networks->choose(nics);
        networks->setCurrentItem(networks->topLevelItem(0));
        ok = save(&wizard, out + QStringLiteral("/launch-networks.png")) && ok;
        while (wizard.currentPage() != wizard.keyPairPage() && wizard.currentPage()->isComplete())
            wizard.next();
        ok = save(&wizard, out + QStringLiteral("/launch-keypair.png")) && ok;
        while (wizard.currentPage() != wizard.configurationPage() && wizard.currentPage()->isComplete())
            wizard.next();
        wizard.configurationPage()->scriptEdit()->setPlainText(QStringLiteral(
            "#cloud-config\npackages:\n  - nginx\nruncmd:\n  - systemctl enable --now nginx\n"));
        ok = save(&wizard, out + QStringLiteral("/launch-configuration.png")) && ok;
    }
    (void)engine.quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 10}});
    return ok;
}

} // namespace sd::test

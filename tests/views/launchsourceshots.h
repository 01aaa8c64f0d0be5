#pragma once

// The boot-from-volume part of sd_screenshots: the Launch Instance wizard's Source step for each boot
// source (an image with Create New Volume, its size refused below the minimum, a volume, a volume
// snapshot) and the Volumes panel's row menu with Launch as Instance. Needs shootVolumes' volumes
// (cirros-boot is bootable, db-data is not).

#include "testlab.h"

#include "panels/volumeactions.h"
#include "panels/volumespanel.h"
#include "wizards/launch/choicetable.h"
#include "wizards/launch/detailspage.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/sourcepage.h"
#include "wizards/launch/yesnoswitch.h"

#include "image/imageservice.h"
#include "volume/volumeservice.h"

#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSpinBox>

namespace sd::test {

template <typename Save> bool shootLaunchSources(TestLab &lab, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    auto boot = engine.volumes().show(member, QStringLiteral("cirros-boot"));
    auto cirros = engine.images().show(member, QStringLiteral("cirros-0.6"));
    if (!boot || !cirros)
        return false;
    auto snapshot = engine.volumes().createSnapshot(member, boot->id, QStringLiteral("cirros-boot-clean"),
                                                    QStringLiteral("Right after the first boot"));
    if (!snapshot)
        return false;
    for (int i = 0; i < 500; ++i) {
        auto s = engine.volumes().showSnapshot(member, snapshot->id);
        if (s && s->status == CopyStatus::Available)
            break;
        QTest::qWait(20);
    }
    (void)engine.volumes().waitUntilSettled(boot->id, 20000);

    bool ok = true;
    VolumesPanel panel(engine, member, VolumeModel::Scope::Project);
    panel.resize(1360, 520);
    panel.show();
    ok = QTest::qWaitForWindowExposed(&panel) && ok;
    panel.selectVolumes({QStringLiteral("cirros-boot")});
    {
        // The row menu as the table's context menu shows it.
        QMenu menu(&panel);
        for (QAction *a : panel.actions()->menuActions())
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        menu.popup(panel.mapToGlobal(QPoint(200, 120)));
        ok = QTest::qWaitForWindowExposed(&menu) && ok;
        ok = save(&menu, out + QStringLiteral("/volumes-launch-menu.png")) && ok;
        menu.close();
    }
    panel.selectVolumes({QStringLiteral("db-data")});
    {
        QMenu menu(&panel);
        for (QAction *a : panel.actions()->menuActions())
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        menu.popup(panel.mapToGlobal(QPoint(200, 120)));
        ok = QTest::qWaitForWindowExposed(&menu) && ok;
        ok = save(&menu, out + QStringLiteral("/volumes-launch-menu-not-bootable.png")) && ok;
        menu.close();
    }

    const auto onSource = [&](LaunchInstanceWizard &wizard) {
        wizard.detailsPage()->nameEdit()->setText(QStringLiteral("web-1"));
        wizard.show();
        bool shown = QTest::qWaitForWindowExposed(&wizard);
        wizard.next();
        return shown;
    };
    {
        LaunchInstanceWizard wizard(engine, member, cirros->id);
        ok = onSource(wizard) && ok;
        ok = save(&wizard, out + QStringLiteral("/launch-source-image.png")) && ok;
        wizard.sourcePage()->createVolumeSwitch()->yesButton()->click();
        wizard.sourcePage()->volumeSizeBox()->setValue(10);
        ok = save(&wizard, out + QStringLiteral("/launch-source-image-volume.png")) && ok;
        wizard.sourcePage()->volumeSizeBox()->setValue(0);
        ok = save(&wizard, out + QStringLiteral("/launch-source-image-volume-refused.png")) && ok;
    }
    {
        LaunchInstanceWizard wizard(engine, member, BootSource::Image, QString());
        ok = onSource(wizard) && ok;
        wizard.sourcePage()->setKind(SourcePage::Kind::InstanceSnapshot);
        ok = save(&wizard, out + QStringLiteral("/launch-source-instance-snapshot.png")) && ok;
    }
    {
        LaunchInstanceWizard wizard(engine, member, BootSource::Volume, boot->id);
        ok = onSource(wizard) && ok;
        ok = save(&wizard, out + QStringLiteral("/launch-source-volume.png")) && ok;
    }
    {
        LaunchInstanceWizard wizard(engine, member, BootSource::VolumeSnapshot, snapshot->id);
        ok = onSource(wizard) && ok;
        ok = save(&wizard, out + QStringLiteral("/launch-source-volume-snapshot.png")) && ok;
        wizard.next();
        ok = save(&wizard, out + QStringLiteral("/launch-flavor-volume.png")) && ok;
    }
    return ok;
}

} // namespace sd::test

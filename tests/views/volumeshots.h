#pragma once

// The volumes part of sd_screenshots: Project › Volumes › Volumes for the demo member with an attached,
// a bootable, an empty and an awaiting-transfer volume; Create Volume from an image with its quota
// donuts; Manage Attachments of the attached one; the transfer's ID and key as shown once.

#include "testlab.h"

#include "dialogs/createvolumedialog.h"
#include "dialogs/manageattachmentsdialog.h"
#include "dialogs/volumetransferdialog.h"
#include "mainwindow.h"
#include "panels/volumeactions.h"
#include "panels/volumespanel.h"

#include "compute/instance/instanceservice.h"
#include "image/imageservice.h"
#include "volume/volumeservice.h"

#include <QSpinBox>

namespace sd::test {

inline QString volumeShot(TestLab &lab, const RequestContext &ctx, const VolumeSpec &spec)
{
    auto made = lab.engine->volumes().create(ctx, spec);
    if (!made)
        return {};
    auto settled = lab.engine->volumes().waitUntilSettled(made->id, 20000);
    return settled ? settled->id : QString();
}

// Needs shootInstances' member instances (db-1) and the cirros-0.6 image.
template <typename Save> bool shootVolumes(TestLab &lab, MainWindow &window, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    VolumeSpec data;
    data.name = QStringLiteral("db-data");
    data.description = QStringLiteral("PostgreSQL data directory");
    data.sizeGb = 20;
    // Where db-1 runs, so the volume can be attached to it (the type's pool is each host's own disk).
    const auto db = engine.instances().show(member, QStringLiteral("db-1"));
    if (db)
        data.availabilityZone = db->availabilityZone;
    const QString dataId = volumeShot(lab, member, data);
    VolumeSpec boot;
    boot.name = QStringLiteral("cirros-boot");
    boot.image = QStringLiteral("cirros-0.6");
    boot.sizeGb = 2;
    volumeShot(lab, member, boot);
    VolumeSpec scratch;
    scratch.name = QStringLiteral("scratch");
    scratch.sizeGb = 1;
    volumeShot(lab, member, scratch);
    VolumeSpec gift;
    gift.name = QStringLiteral("reports-archive");
    gift.description = QStringLiteral("Handed over to the finance project");
    gift.sizeGb = 8;
    const QString giftId = volumeShot(lab, member, gift);
    if (dataId.isEmpty() || giftId.isEmpty())
        return false;
    if (db)
        if (auto task = engine.volumes().attach(member, dataId, db->id); task)
            (void)engine.volumes().waitUntilSettled(dataId, 20000);
    auto transfer = engine.volumes().createTransfer(member, giftId, QStringLiteral("to-finance"));

    bool ok = true;
    VolumesPanel panel(engine, member, VolumeModel::Scope::Project);
    panel.resize(1360, 520);
    panel.show();
    ok = QTest::qWaitForWindowExposed(&panel) && ok;
    panel.selectVolumes({QStringLiteral("db-data")});
    ok = save(&panel, out + QStringLiteral("/volumes.png")) && ok;

    {
        CreateVolumeDialog dialog(engine, member, &panel);
        dialog.nameEdit()->setText(QStringLiteral("web-content"));
        if (auto cirros = engine.images().show(member, QStringLiteral("cirros-0.6")))
            dialog.chooseSource(CreateVolumeDialog::Source::Image, cirros->id);
        dialog.sizeBox()->setValue(0);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        ok = save(&dialog, out + QStringLiteral("/volumes-create-refused.png")) && ok;
        dialog.sizeBox()->setValue(10);
        ok = save(&dialog, out + QStringLiteral("/volumes-create.png")) && ok;
    }
    if (auto attached = engine.volumes().show(member, dataId)) {
        ManageAttachmentsDialog dialog(engine, member, *attached, &panel);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        ok = save(&dialog, out + QStringLiteral("/volumes-attachments.png")) && ok;
    }
    if (transfer) {
        VolumeTransferDialog dialog(*transfer, QStringLiteral("reports-archive"), &panel);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        ok = save(&dialog, out + QStringLiteral("/volumes-transfer.png")) && ok;
    }
    window.showPanel(QStringLiteral("admin/volumes"));
    ok = save(&window, out + QStringLiteral("/volumes-admin.png")) && ok;
    return ok;
}

} // namespace sd::test

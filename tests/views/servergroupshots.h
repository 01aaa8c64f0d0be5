#pragma once

// The server groups part of sd_screenshots: Project › Compute › Server Groups with one group of each
// policy (one with members), Create Server Group with the four policies explained (and a refused name),
// and the delete confirmation that counts the members.

#include "dialogs/createservergroupdialog.h"
#include "mainwindow.h"
#include "panels/servergroupactions.h"
#include "panels/servergroupspanel.h"
#include "panels/tablepane.h"
#include "shothelpers.h"

#include "compute/servergroupservice.h"
#include "core/ids.h"
#include "engine.h"
#include "quota/quotaservice.h"
#include "store/database.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

namespace sd::test {

inline void seedServerGroups(Engine &engine, const RequestContext &admin)
{
    const auto web =
        engine.serverGroups().create(admin, QStringLiteral("web-frontends"), QStringLiteral("anti-affinity"));
    (void)engine.serverGroups().create(admin, QStringLiteral("db-replicas"),
                                       QStringLiteral("soft-anti-affinity"));
    (void)engine.serverGroups().create(admin, QStringLiteral("cache-pair"), QStringLiteral("affinity"));
    (void)engine.serverGroups().create(admin, QStringLiteral("batch-workers"),
                                       QStringLiteral("soft-affinity"));
    // Members as the instance code adds them, so the Members column and the delete question have some.
    auto db = Database::open(engine.dataDir().databaseFile());
    if (!web || !db)
        return;
    for (int i = 0; i < 3; ++i)
        (void)(*db)->transaction([&](QSqlDatabase &tx) {
            return ServerGroupService::addMember(tx, engine.quotas(), web->id, web->projectId, newId());
        });
    emit engine.resourceChanged(QStringLiteral("server_group"), web->id);
}

template <typename Save>
bool shootServerGroups(Engine &engine, const RequestContext &admin, MainWindow &window, const QString &out,
                       Save save)
{
    seedServerGroups(engine, admin);
    bool ok = window.showPanel(QStringLiteral("project/server-groups"));
    auto *panel = window.findChild<ServerGroupsPanel *>();
    if (!panel)
        return false;
    panel->table()->selectByName({QStringLiteral("web-frontends")});
    ok = save(&window, out + QStringLiteral("/servergroups.png")) && ok;

    {
        CreateServerGroupDialog dialog(engine, admin, &window);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" "));
        dialog.nameEdit()->setText(QString(260, QLatin1Char('x')));
        ok = save(&dialog, out + QStringLiteral("/createservergroup-invalid.png")) && ok;
        dialog.nameEdit()->setText(QStringLiteral("k8s-control-plane"));
        ok = save(&dialog, out + QStringLiteral("/createservergroup.png")) && ok;
        dialog.reject();
    }

    panel->table()->selectByName({QStringLiteral("web-frontends"), QStringLiteral("cache-pair")});
    ok = shootConfirmation(panel, panel->actions()->deleteAction(),
                           QStringLiteral("DeleteServerGroupConfirmation"),
                           out + QStringLiteral("/deleteservergroups.png"), save) &&
         ok;
    return ok;
}

} // namespace sd::test

#include "servergroupactions.h"

#include "dialogs/createservergroupdialog.h"
#include "dialogs/deleteconfirmation.h"
#include "icons.h"

#include "compute/servergroupservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QAction>

namespace sd {

ServerGroupActions::ServerGroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Server Group…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Server Group…"), this))
{
    m_create->setObjectName(QStringLiteral("createServerGroupAction"));
    m_delete->setObjectName(QStringLiteral("deleteServerGroupAction"));
    m_create->setToolTip(tr("Create a group whose instances are placed together or apart"));
    m_create->setIconText(tr("Create…"));
    m_delete->setIconText(tr("Delete…"));
    m_delete->setShortcut(QKeySequence::Delete);
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("server_group:create"), ctx.projectId));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("server_group:delete"), ctx.projectId));
    connect(m_create, &QAction::triggered, this, &ServerGroupActions::createGroup);
    connect(m_delete, &QAction::triggered, this, &ServerGroupActions::deleteGroups);
    updateEnabled();
}

void ServerGroupActions::setSelection(const QList<ServerGroup> &groups)
{
    m_selection = groups;
    updateEnabled();
}

void ServerGroupActions::updateEnabled()
{
    const bool many = m_selection.size() > 1;
    m_delete->setEnabled(!m_selection.isEmpty());
    m_delete->setText(many ? tr("Delete Server Groups…") : tr("Delete Server Group…"));
    m_delete->setToolTip(many ? tr("Delete the %1 selected server groups").arg(m_selection.size())
                              : tr("Delete the selected server group; its instances keep running"));
}

void ServerGroupActions::createGroup()
{
    auto *dialog = new CreateServerGroupDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateServerGroupDialog::serverGroupCreated, this,
            [this](const QString &, const QString &name) { emit serverGroupCreated(name); });
    dialog->open();
}

void ServerGroupActions::deleteGroups()
{
    if (m_selection.isEmpty())
        return;
    QStringList names, ids;
    qsizetype members = 0;
    for (const ServerGroup &g : m_selection) {
        names.append(g.name);
        ids.append(g.id);
        members += g.members.size();
    }
    const bool one = names.size() == 1;
    // What an administrator asks first: what happens to the instances in it?
    const QString consequence =
        members > 0 ? tr("%n instance(s) in them keep running where they are and simply leave the group; "
                         "later moves no longer follow its policy. This cannot be undone.",
                         nullptr, int(members))
                    : tr("No instance is in them. This cannot be undone.");
    DeleteConfirmation confirmation{
        QStringLiteral("DeleteServerGroupConfirmation"),
        one ? tr("Delete Server Group") : tr("Delete Server Groups"),
        one ? tr("Delete server group %1?").arg(names.first())
            : tr("Delete %1 server groups: %2?").arg(names.size()).arg(names.join(QStringLiteral(", "))),
        consequence, one ? tr("Delete Server Group") : tr("Delete Server Groups")};
    // By id: names of server groups need not be unique.
    confirmation.open(m_dialogParent, [this, ids] {
        for (const QString &id : ids)
            if (auto r = m_engine.serverGroups().remove(m_ctx.withNewRequestId(), id); !r)
                emit notify(r.error().message, r.error().details);
    });
}

} // namespace sd

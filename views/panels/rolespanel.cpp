#include "rolespanel.h"

#include "dialogs/createroledialog.h"
#include "icons.h"
#include "models/rolemodel.h"
#include "tablepane.h"

#include "engine.h"
#include "identity/policy.h"
#include "identity/roleservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

RolesPanel::RolesPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Identity"), tr("Roles"), parent), m_engine(engine), m_ctx(ctx),
      m_model(new RoleModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("Roles"), this)),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Role…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Role…"), this))
{
    setObjectName(QStringLiteral("RolesPanel"));
    m_create->setObjectName(QStringLiteral("createRoleAction"));
    m_delete->setObjectName(QStringLiteral("deleteRoleAction"));
    m_create->setToolTip(tr("Create a role that can be given to users and groups on projects"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_create->setVisible(engine.policy().allows(ctx, QStringLiteral("role:create")));
    m_delete->setVisible(engine.policy().allows(ctx, QStringLiteral("role:delete")));
    connect(m_create, &QAction::triggered, this, &RolesPanel::createRole);
    connect(m_delete, &QAction::triggered, this, &RolesPanel::deleteRoles);

    m_table->setActions({m_create, m_delete}, {m_delete});
    connect(m_table, &TablePane::selectionChanged, this, &RolesPanel::updateEnabled);
    body()->addWidget(m_table, 1);
    updateEnabled();
}

QList<Role> RolesPanel::selectedRoles() const
{
    QList<Role> roles;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            roles.append(m_model->itemAt(row));
    return roles;
}

void RolesPanel::updateEnabled()
{
    const QList<Role> roles = selectedRoles();
    const bool builtIn = std::any_of(roles.begin(), roles.end(), [](const Role &r) { return r.builtIn; });
    m_delete->setEnabled(!roles.isEmpty() && !builtIn);
    // A disabled action says why it is disabled.
    m_delete->setToolTip(builtIn ? tr("Built-in roles (admin, member, reader) cannot be deleted")
                                 : tr("Delete the selected roles and every assignment of them"));
}

void RolesPanel::createRole()
{
    auto *dialog = new CreateRoleDialog(m_engine, m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RolesPanel::deleteRoles()
{
    const QList<Role> targets = selectedRoles();
    if (targets.isEmpty() || !m_delete->isEnabled())
        return;
    QStringList names;
    for (const Role &r : targets)
        names.append(r.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Role") : tr("Delete Roles"),
        one ? tr("Delete role %1?").arg(names.first())
            : tr("Delete %1 roles: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("DeleteRoleConfirmation"));
    box->setInformativeText(tr("Users and groups that hold it lose it on every project."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Role") : tr("Delete Roles"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Role &r : targets)
            if (auto result = m_engine.roles().remove(m_ctx.withNewRequestId(), r.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

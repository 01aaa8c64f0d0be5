#include "createroledialog.h"

#include "engine.h"
#include "identity/roleservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

CreateRoleDialog::CreateRoleDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Role"), tr("Create Role"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CreateRoleDialog"));
    // The policy knows admin, member and reader; any other role on a project counts as a reader's.
    setIntro(tr("StackDesk's policy knows admin, member and reader. A user who holds only a new role on a "
                "project may look at the project's resources, as a reader can."));
    m_name->setObjectName(QStringLiteral("RoleNameEdit"));
    form()->addRow(tr("Role Name *"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &CreateRoleDialog::updateOk);
    updateOk();
}

QString CreateRoleDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter a role name.") : QString();
}

bool CreateRoleDialog::submit()
{
    auto result = m_engine.roles().create(m_ctx.withNewRequestId(), m_name->text().trimmed());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

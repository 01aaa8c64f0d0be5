#include "edituserdialog.h"

#include "tenantcombo.h"

#include "engine.h"
#include "identity/userservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

EditUserDialog::EditUserDialog(Engine &engine, const RequestContext &ctx, const User &user, QWidget *parent)
    : FormDialog(tr("Edit User %1").arg(user.name), tr("Save"), parent), m_engine(engine), m_ctx(ctx),
      m_user(user), m_name(new QLineEdit(user.name, this)), m_email(new QLineEdit(user.email, this)),
      m_description(new QLineEdit(user.description, this)), m_project(new TenantCombo(engine, ctx, this))
{
    setObjectName(QStringLiteral("EditUserDialog"));
    m_name->setObjectName(QStringLiteral("UserNameEdit"));
    m_email->setObjectName(QStringLiteral("EmailEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_project->select(user.primaryProjectId);

    form()->addRow(tr("User Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(tr("Email"), m_email);
    form()->addRow(tr("Primary Project"), m_project);
    connect(m_name, &QLineEdit::textChanged, this, &EditUserDialog::updateOk);
    updateOk();
}

QString EditUserDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter a user name.") : QString();
}

bool EditUserDialog::submit()
{
    UserUpdate change;
    if (m_name->text().trimmed() != m_user.name)
        change.name = m_name->text().trimmed();
    if (m_email->text().trimmed() != m_user.email)
        change.email = m_email->text().trimmed();
    if (m_description->text() != m_user.description)
        change.description = m_description->text();
    if (m_project->projectId() != m_user.primaryProjectId)
        change.primaryProject = m_project->projectId();
    auto result = m_engine.users().update(m_ctx.withNewRequestId(), m_user.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

#include "createuserdialog.h"

#include "tenantcombo.h"
#include "widgets/passwordpair.h"

#include "engine.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace sd {

CreateUserDialog::CreateUserDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create User"), tr("Create User"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_email(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_passwords(new PasswordPair(engine.users(), this)), m_project(new TenantCombo(engine, ctx, this)),
      m_role(new QComboBox(this)), m_enabled(new QCheckBox(tr("Enabled"), this))
{
    setObjectName(QStringLiteral("CreateUserDialog"));
    setIntro(tr("The user signs in with this name and password. The role is given on the primary "
                "project, so the user can work there at once."));
    m_name->setObjectName(QStringLiteral("UserNameEdit"));
    m_email->setObjectName(QStringLiteral("EmailEdit"));
    m_email->setPlaceholderText(tr("name@example.org (optional)"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_role->setObjectName(QStringLiteral("RoleCombo"));
    m_enabled->setObjectName(QStringLiteral("EnabledCheck"));
    m_enabled->setChecked(true);

    if (auto roles = engine.roles().list(ctx))
        for (const Role &r : *roles)
            m_role->addItem(r.name, r.id);
    // Keystone's default member role, as Horizon preselects it.
    m_role->setCurrentIndex(std::max(0, m_role->findText(QStringLiteral("member"))));
    m_project->select(ctx.projectId);

    form()->addRow(tr("User Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(tr("Email"), m_email);
    form()->addRow(tr("Password *"), m_passwords->passwordEdit());
    form()->addRow(tr("Confirm Password *"), m_passwords->confirmEdit());
    form()->addRow(tr("Primary Project"), m_project);
    form()->addRow(tr("Role"), m_role);
    form()->addRow(QString(), m_enabled);

    connect(m_name, &QLineEdit::textChanged, this, &CreateUserDialog::updateOk);
    connect(m_passwords, &PasswordPair::changed, this, &CreateUserDialog::updateOk);
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        // A role is given on a project: without one there is nothing to give it on.
        m_role->setEnabled(!m_project->projectId().isEmpty());
    });
    m_role->setEnabled(!m_project->projectId().isEmpty());
    updateOk();
}

QString CreateUserDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a user name.");
    return m_passwords->problem();
}

QString CreateUserDialog::visibleProblem() const
{
    return m_passwords->visibleProblem();
}

bool CreateUserDialog::submit()
{
    UserSpec spec;
    spec.name = m_name->text().trimmed();
    spec.email = m_email->text().trimmed();
    spec.description = m_description->text();
    spec.password = m_passwords->password();
    spec.primaryProject = m_project->projectId();
    spec.enabled = m_enabled->isChecked();
    auto user = m_engine.users().create(m_ctx.withNewRequestId(), spec);
    if (!user) {
        showError(user.error());
        return false;
    }
    m_createdId = user->id;
    if (!spec.primaryProject.isEmpty() && m_role->count() > 0) {
        if (auto r = m_engine.roles().assignToUser(m_ctx.withNewRequestId(), user->id, spec.primaryProject,
                                                   m_role->currentText());
            !r)
            emit notify(tr("User %1 was created, but the role %2 was not given: %3")
                            .arg(user->name, m_role->currentText(), r.error().message),
                        r.error().details);
    }
    return true;
}

} // namespace sd

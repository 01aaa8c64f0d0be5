#include "userpassworddialog.h"

#include "widgets/passwordpair.h"

#include "engine.h"
#include "identity/userservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

UserPasswordDialog::UserPasswordDialog(Engine &engine, const RequestContext &ctx, const User &user,
                                       QWidget *parent)
    : FormDialog(tr("Change Password of %1").arg(user.name), tr("Save"), parent), m_engine(engine),
      m_ctx(ctx), m_user(user), m_passwords(new PasswordPair(engine.users(), this))
{
    setObjectName(QStringLiteral("UserPasswordDialog"));
    setIntro(tr("%1 is signed out everywhere and signs in again with the new password.").arg(user.name));
    form()->addRow(tr("User Name"), new QLineEdit(user.name, this));
    form()->itemAt(0, QFormLayout::FieldRole)->widget()->setEnabled(false);
    form()->addRow(tr("Password *"), m_passwords->passwordEdit());
    form()->addRow(tr("Confirm Password *"), m_passwords->confirmEdit());
    connect(m_passwords, &PasswordPair::changed, this, &UserPasswordDialog::updateOk);
    updateOk();
}

QString UserPasswordDialog::problem() const
{
    return m_passwords->problem();
}

QString UserPasswordDialog::visibleProblem() const
{
    return m_passwords->visibleProblem();
}

bool UserPasswordDialog::submit()
{
    UserUpdate change;
    change.password = m_passwords->password();
    auto result = m_engine.users().update(m_ctx.withNewRequestId(), m_user.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

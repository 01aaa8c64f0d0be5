#include "passwordpair.h"

#include "identity/userservice.h"

#include <QLineEdit>

namespace sd {

PasswordPair::PasswordPair(const UserService &users, QWidget *parent)
    : QObject(parent), m_users(users), m_password(new QLineEdit(parent)), m_confirm(new QLineEdit(parent))
{
    m_password->setObjectName(QStringLiteral("PasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("ConfirmPasswordEdit"));
    for (QLineEdit *edit : {m_password, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordPair::changed);
    }
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, users.minimumPasswordLength()));
}

QString PasswordPair::password() const
{
    return m_password->text();
}

QString PasswordPair::problem() const
{
    if (m_password->text().isEmpty())
        return tr("Enter a password.");
    // The engine's rule and message, so the dialog and the engine never disagree on the minimum.
    if (auto ok = m_users.checkPassword(m_password->text()); !ok)
        return ok.error().message;
    if (m_confirm->text() != m_password->text())
        return tr("Passwords do not match.");
    return {};
}

QString PasswordPair::visibleProblem() const
{
    if (m_password->text().isEmpty())
        return {};
    if (m_confirm->text().isEmpty() && m_users.checkPassword(m_password->text()).ok())
        return {}; // still typing the confirmation
    return problem();
}

void PasswordPair::clear()
{
    m_password->clear();
    m_confirm->clear();
}

} // namespace sd

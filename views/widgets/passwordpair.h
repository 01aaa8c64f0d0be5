#pragma once

#include <QObject>

class QLineEdit;
class QWidget;

namespace sd {

class UserService;

// A new password and its confirmation, checked as the user types with Horizon's words ("Passwords do
// not match.") and the engine's own minimum-length rule, so a form can say why it cannot be sent.
// The caller lays the two edits out in its own form.
class PasswordPair : public QObject
{
    Q_OBJECT

public:
    PasswordPair(const UserService &users, QWidget *parent);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString password() const;

    // Empty when the pair is acceptable.
    QString problem() const;
    // Only what is worth showing under the fields while typing: nothing for fields not yet filled in.
    QString visibleProblem() const;
    void clear();

Q_SIGNALS:
    void changed();

private:
    const UserService &m_users;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace sd

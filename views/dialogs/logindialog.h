#pragma once

#include "identity/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sd {

class Engine;

// Sign In, before the main window: user name (the last one is remembered, never the password), password
// and an optional project (empty: the user's primary project). The engine's refusal is shown in the
// dialog. In the demo lab it also offers the demo administrator and says where the passwords are.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Engine &engine, QWidget *parent = nullptr);

    // A message above the form, e.g. why the user was signed out.
    void setMessage(const QString &message);

    // After accepted(): the session. Its token is empty for the demo administrator, who signs in through
    // the data dir rather than with a password.
    const Session &session() const { return m_session; }
    bool isDemoAdministrator() const { return m_session.token.isEmpty(); }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *projectEdit() const { return m_project; }
    QPushButton *signInButton() const { return m_signIn; }
    // nullptr outside the demo lab.
    QPushButton *demoAdminButton() const { return m_demoAdmin; }
    QString messageText() const;
    QString errorText() const;

private:
    void signIn();
    void signInAsDemoAdministrator();
    void updateButton();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    QLabel *m_message;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_project;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_demoAdmin = nullptr;
    Session m_session;
};

} // namespace sd

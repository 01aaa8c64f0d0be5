#pragma once

#include "core/requestcontext.h"

#include "panel.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace sd {

class Engine;
class PasswordPair;

// Settings › Change Password, Horizon's form: the current password, the new one and its confirmation,
// with Horizon's messages and the engine's rules. A changed password ends every session of the user, so
// on success the panel asks the window to sign out, with Horizon's words for the login dialog.
class ChangePasswordPanel : public Panel
{
    Q_OBJECT

public:
    ChangePasswordPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    PasswordPair *passwords() const { return m_passwords; }
    QPushButton *changeButton() const { return m_change; }
    // The problem or the engine's refusal shown under the form; empty when none.
    QString errorText() const;

Q_SIGNALS:
    void signOutRequested(const QString &reason);

private:
    QString problem() const;
    void update();
    void submit();

    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_current;
    PasswordPair *m_passwords;
    QLabel *m_error;
    QPushButton *m_change;
};

} // namespace sd

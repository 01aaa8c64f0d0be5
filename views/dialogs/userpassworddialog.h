#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "formdialog.h"

namespace sd {

class Engine;
class PasswordPair;

// Identity › Users › Change Password: an administrator sets another user's password (the user's own
// sessions end; the engine revokes them).
class UserPasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    UserPasswordDialog(Engine &engine, const RequestContext &ctx, const User &user,
                       QWidget *parent = nullptr);

    PasswordPair *passwords() const { return m_passwords; }

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    User m_user;
    PasswordPair *m_passwords;
};

} // namespace sd

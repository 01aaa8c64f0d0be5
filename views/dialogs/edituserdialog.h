#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "formdialog.h"

class QLineEdit;

namespace sd {

class Engine;
class TenantCombo;

// Identity › Users › Edit User: name, email, description and primary project (the password has its own
// action, as in Horizon). Only what changed is sent.
class EditUserDialog : public FormDialog
{
    Q_OBJECT

public:
    EditUserDialog(Engine &engine, const RequestContext &ctx, const User &user, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *descriptionEdit() const { return m_description; }
    TenantCombo *projectCombo() const { return m_project; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    User m_user;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_description;
    TenantCombo *m_project;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"

#include "formdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sd {

class Engine;
class PasswordPair;
class TenantCombo;

// Identity › Users › Create User, Horizon's form: name, description, email, password and confirmation,
// primary project, the role on that project (member by default) and enabled. Creates the user, then
// gives the role; a refused role leaves the user created and says so.
class CreateUserDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateUserDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *descriptionEdit() const { return m_description; }
    PasswordPair *passwords() const { return m_passwords; }
    TenantCombo *projectCombo() const { return m_project; }
    QComboBox *roleCombo() const { return m_role; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    // The new user's id, once created.
    QString createdUserId() const { return m_createdId; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_description;
    PasswordPair *m_passwords;
    TenantCombo *m_project;
    QComboBox *m_role;
    QCheckBox *m_enabled;
    QString m_createdId;
};

} // namespace sd

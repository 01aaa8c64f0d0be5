#pragma once

#include "core/requestcontext.h"

#include "formdialog.h"

class QButtonGroup;
class QLineEdit;

namespace sd {

class Engine;

// Project › Compute › Server Groups › Create Server Group: a name and one of Nova's four policies, each
// explained beside its choice, so the difference between hard and soft (best effort) is clear.
class CreateServerGroupDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateServerGroupDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    // Chooses a policy by Nova's name ("anti-affinity").
    void choosePolicy(const QString &policy);
    QString chosenPolicy() const;

Q_SIGNALS:
    void serverGroupCreated(const QString &id, const QString &name);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QButtonGroup *m_policies;
    QStringList m_policyNames;
};

} // namespace sd

#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

#include <QSet>

class QListWidget;

namespace sd {

class Engine;

// Edit Security Groups (Horizon's Edit Instance › Security Groups step): the project's groups, checked
// where they are on every port of the instance. Only the changes are sent, one add or remove each; the
// first refusal stops and stays in the dialog, and what was applied before it is kept.
class EditSecurityGroupsDialog : public FormDialog
{
    Q_OBJECT

public:
    EditSecurityGroupsDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                             QWidget *parent = nullptr);

    QListWidget *groupList() const { return m_groups; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QListWidget *m_groups;
    QSet<QString> m_onInstance; // group ids on every port now
};

} // namespace sd

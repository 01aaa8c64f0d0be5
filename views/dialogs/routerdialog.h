#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Create Router and Edit Router, as Horizon's. Create: Router Name, Enable Admin State and an External
// Network to take the gateway from (the external networks only; "None" for a router without one), and
// in the Admin panel the project it is made for. Edit: name and admin state; the gateway has its own
// actions (Set Gateway, Clear Gateway).
class RouterDialog : public FormDialog
{
    Q_OBJECT

public:
    // router: the router to edit; nullopt creates one. adminPanel: offer the project choice.
    RouterDialog(Engine &engine, const RequestContext &ctx, const std::optional<Router> &router,
                 bool adminPanel, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *adminStateBox() const { return m_adminState; }
    QComboBox *externalNetworkCombo() const { return m_external; }
    QComboBox *projectCombo() const { return m_project; }

Q_SIGNALS:
    void routerSaved(const QString &id, const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    std::optional<Router> m_router;
    QLineEdit *m_name;
    QCheckBox *m_adminState;
    QComboBox *m_external = nullptr;
    QComboBox *m_project = nullptr;
};

} // namespace sd

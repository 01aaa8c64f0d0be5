#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

class QCheckBox;
class QLineEdit;

namespace sd {

class Engine;

// Edit Network, as Horizon's: Name, Enable Admin State, and for those who may, Shared (and External
// Network from the Admin panel). Only what changed is sent.
class EditNetworkDialog : public FormDialog
{
    Q_OBJECT

public:
    EditNetworkDialog(Engine &engine, const RequestContext &ctx, const Network &network, bool adminPanel,
                      QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *adminStateBox() const { return m_adminState; }
    QCheckBox *sharedBox() const { return m_shared; }
    QCheckBox *externalBox() const { return m_external; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    QLineEdit *m_name;
    QCheckBox *m_adminState;
    QCheckBox *m_shared = nullptr;
    QCheckBox *m_external = nullptr;
};

} // namespace sd

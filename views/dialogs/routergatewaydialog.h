#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

class QComboBox;

namespace sd {

class Engine;

// Set Gateway, as Horizon's: the external network the router takes its gateway address from. Setting
// another network moves the gateway (the old address is released).
class RouterGatewayDialog : public FormDialog
{
    Q_OBJECT

public:
    RouterGatewayDialog(Engine &engine, const RequestContext &ctx, const Router &router,
                        QWidget *parent = nullptr);

    QComboBox *networkCombo() const { return m_network; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Router m_router;
    QComboBox *m_network;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

namespace sd {

class Engine;
class FloatingIpPortCombo;

// Floating IPs › Associate: the address, and the port (with which of its addresses) it should reach.
// The engine refuses a port no router connects to the floating IP's network; the refusal stays here.
class AssociateFloatingIpDialog : public FormDialog
{
    Q_OBJECT

public:
    AssociateFloatingIpDialog(Engine &engine, const RequestContext &ctx, const FloatingIp &fip,
                              QWidget *parent = nullptr);

    FloatingIpPortCombo *portCombo() const { return m_port; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    FloatingIp m_fip;
    FloatingIpPortCombo *m_port;
};

} // namespace sd

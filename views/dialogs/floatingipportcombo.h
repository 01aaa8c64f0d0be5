#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QComboBox>

namespace sd {

class Engine;

// The Associate Floating IP dialog's "Port to be associated": every IPv4 address of the floating IP's
// project's ports, shown as "web-1: 10.0.0.5". Ports of routers, DHCP and floating IPs themselves are
// left out (Neutron refuses them). Addresses no router connects to the floating IP's network, and those
// with a floating IP already, come last and say so: the engine would refuse them, and the user should
// see why before choosing.
class FloatingIpPortCombo : public QComboBox
{
    Q_OBJECT

public:
    FloatingIpPortCombo(Engine &engine, const RequestContext &ctx, const FloatingIp &fip,
                        QWidget *parent = nullptr);

    // The chosen port's id and address; empty when there is none to choose.
    QString portId() const;
    QString ipAddress() const;
    // Chooses the entry for this port (and address, when given); false when it is not listed.
    bool select(const QString &portNameOrId, const QString &ipAddress = {});
    // Whether the chosen address can take the floating IP (a router connects it, and it has none yet).
    bool currentUsable() const;
};

} // namespace sd

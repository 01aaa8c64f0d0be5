#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace sd {

class Engine;

// Create Port and Edit Port on a network's Ports tab. Create: name, admin state, the fixed IP (a subnet
// of the network and, optionally, the address), the MAC address (administrators), port security and the
// security groups of the port's project. Edit: the same but the address and MAC, which stay as Neutron
// allocated them. The IP is checked against the subnet as it is typed; the engine's refusal (an address
// already taken, the gateway) stays in the dialog.
class PortDialog : public FormDialog
{
    Q_OBJECT

public:
    // port: the port to edit; nullopt creates one on network.
    PortDialog(Engine &engine, const RequestContext &ctx, const Network &network,
               const std::optional<Port> &port, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *adminStateBox() const { return m_adminState; }
    QComboBox *subnetCombo() const { return m_subnet; }
    QLineEdit *ipEdit() const { return m_ip; }
    QLineEdit *macEdit() const { return m_mac; }
    QCheckBox *portSecurityBox() const { return m_portSecurity; }
    QListWidget *securityGroupList() const { return m_groups; }
    // Checks the named security groups and unchecks the others (tests).
    void chooseSecurityGroups(const QStringList &names);

Q_SIGNALS:
    void portSaved(const QString &id, const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    QStringList chosenGroupIds() const;

    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    std::optional<Port> m_port;
    QString m_projectId;
    QList<Subnet> m_subnets;
    QLineEdit *m_name;
    QCheckBox *m_adminState;
    QComboBox *m_subnet = nullptr;
    QLineEdit *m_ip = nullptr;
    QLineEdit *m_mac = nullptr;
    QCheckBox *m_portSecurity;
    QListWidget *m_groups;
};

} // namespace sd

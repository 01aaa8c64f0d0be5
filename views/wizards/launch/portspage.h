#pragma once

#include "launchpage.h"
#include "network/networktypes.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 5 "Network Ports": the project's own ports that no device uses yet (never
// another project's port on a shared network, Horizon's bug #1996108). Their NICs come after the
// Networks step's.
class PortsPage : public LaunchPage
{
    Q_OBJECT

public:
    PortsPage(const QList<Port> &ports, const QHash<QString, QString> &networkNames,
              QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    QStringList chosen() const;
    void setNetworksChosen(int networks);

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    ChoiceTable *m_table;
    int m_networks = 0;
};

} // namespace sd

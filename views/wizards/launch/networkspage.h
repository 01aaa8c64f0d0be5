#pragma once

#include "launchpage.h"
#include "network/networktypes.h"

class QLabel;
class QPushButton;

namespace sd {

class ChoiceTable;

// Launch Instance, step 4 "Networks": the networks the project may use (its own and shared ones), in
// NIC order: the order they are checked in, changed with Up and Down. At least one network is needed
// unless a port is chosen on the next step; a network that is down or has no subnet is greyed out
// with the engine's reason.
class NetworksPage : public LaunchPage
{
    Q_OBJECT

public:
    NetworksPage(const QList<Network> &networks, const QHash<QString, QStringList> &subnetsByNetwork,
                 bool portsAvailable, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    QStringList chosen() const;
    // How many ports the Network Ports step has chosen.
    void setPortsChosen(int ports);

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    void moveCurrent(int delta);
    void showNote();

    ChoiceTable *m_table;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_note;
    bool m_portsAvailable;
    int m_ports = 0;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QWizard>

#include <optional>

class QPushButton;

namespace sd {

class Engine;
class SubnetDetailsPage;
class SubnetPage;
class SubnetSteps;
class WizardSide;

// Create Subnet and Edit Subnet, Horizon's two steps (Subnet, Subnet Details) as in Create Network, with
// the same live check against the network's other subnets. Editing keeps the address and IP version
// (Neutron cannot change them) and sends only what changed. The engine's refusal stays in the dialog
// with every field as typed.
class SubnetDialog : public QWizard
{
    Q_OBJECT

public:
    // subnet: the subnet to edit; nullopt creates one on network.
    SubnetDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                 const std::optional<Subnet> &subnet, QWidget *parent = nullptr);

    SubnetPage *subnetPage() const { return m_subnetPage; }
    SubnetDetailsPage *detailsPage() const { return m_detailsPage; }
    QPushButton *saveButton() const;
    QString errorText() const;
    WizardSide *side() const { return m_side; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void subnetSaved(const QString &id, const QString &name);

private:
    void updateSave();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    std::optional<Subnet> m_subnet;
    SubnetPage *m_subnetPage;
    SubnetDetailsPage *m_detailsPage;
    SubnetSteps *m_steps;
    WizardSide *m_side = nullptr;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "models/networkmodel.h"

#include <QWizard>

class QPushButton;

namespace sd {

class Engine;
class NetworkPage;
class SubnetDetailsPage;
class SubnetPage;
class SubnetSteps;
class WizardSide;

// Project › Network › Networks › Create Network (and the Admin panel's), Horizon's three steps: Network,
// Subnet and Subnet Details. Every field is checked as it is typed, the subnet by the engine's own rules
// (SubnetService::resolve) with the message under the field it is about. "Create" is on every step, as
// in Horizon, and waits until every step in use is right. The network and its subnet are made together:
// when the engine refuses the subnet, the network is removed again, so nothing half-made is left, and
// the refusal is shown on the step with every field as typed.
class CreateNetworkWizard : public QWizard
{
    Q_OBJECT

public:
    CreateNetworkWizard(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                        QWidget *parent = nullptr);

    NetworkPage *networkPage() const { return m_network; }
    SubnetPage *subnetPage() const { return m_subnet; }
    SubnetDetailsPage *detailsPage() const { return m_details; }
    SubnetSteps *subnetSteps() const { return m_steps; }
    QPushButton *createButton() const;
    // Why Create waits; empty when it may be pressed.
    QString createProblem() const;
    // The engine's refusal as shown on the current step; empty when none.
    QString errorText() const;
    WizardSide *side() const { return m_side; }

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void networkCreated(const QString &id, const QString &name);

private:
    void updateCreate();
    void showSubnetError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    NetworkPage *m_network;
    SubnetPage *m_subnet;
    SubnetDetailsPage *m_details;
    SubnetSteps *m_steps;
    WizardSide *m_side;
};

} // namespace sd

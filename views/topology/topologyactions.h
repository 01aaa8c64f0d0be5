#pragma once

#include "core/requestcontext.h"

#include <QObject>

class QWidget;

namespace sd {

class ConsoleLauncher;
class Engine;
class TopologyDetailsPopup;
class TopologyModel;

// What a click on the topology offers, as Horizon's balloons: a network's subnets with Create Subnet and
// Delete Network; a router's gateway and interfaces with Add Interface and Delete Router; an instance's
// addresses with Open Console. Actions the policy forbids are left out; refusals become notifications.
class TopologyActions : public QObject
{
    Q_OBJECT

public:
    TopologyActions(Engine &engine, const RequestContext &ctx, const TopologyModel *model,
                    QWidget *dialogParent);

    // The balloon for a clicked item (kind "network", "router" or "instance"), not yet shown; nullptr
    // when the item is gone.
    TopologyDetailsPopup *detailsFor(const QString &kind, const QString &id);

    void createSubnet(const QString &networkId);
    void deleteNetwork(const QString &networkId);
    void addInterface(const QString &routerId);
    void deleteRouter(const QString &routerId);

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    TopologyDetailsPopup *networkDetails(const QString &id);
    TopologyDetailsPopup *routerDetails(const QString &id);
    TopologyDetailsPopup *instanceDetails(const QString &id);
    bool allows(const char *action, const QString &projectId) const;
    // Asks before a delete; runs remove when the user agrees.
    void confirmDelete(const QString &title, const QString &question, const QString &consequence,
                       std::function<void()> remove);

    Engine &m_engine;
    RequestContext m_ctx;
    const TopologyModel *m_model;
    QWidget *m_dialogParent;
    ConsoleLauncher *m_launcher;
};

} // namespace sd

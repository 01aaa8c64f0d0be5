#pragma once

#include "core/requestcontext.h"
#include "models/networkmodel.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Network › Networks and Admin › Network › Networks: Create Network and Delete
// Networks on the table; View Details, Edit Network, Create Subnet and Delete Network on a row. Enabled
// states follow the selection and a disabled action's tooltip says why; what the policy forbids is
// hidden. Dialogs open without blocking; the engine's refusals become notifications or stay in the
// dialog that caused them.
class NetworkActions : public QObject
{
    Q_OBJECT

public:
    NetworkActions(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                   QWidget *dialogParent);

    void setSelection(const QList<Network> &networks);

    QAction *createAction() const { return m_create; }
    QAction *detailsAction() const { return m_details; }
    QAction *editAction() const { return m_edit; }
    QAction *createSubnetAction() const { return m_createSubnet; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void networkCreated(const QString &id, const QString &name);

private:
    void createNetwork();
    void showDetails();
    void editNetwork();
    void createSubnet();
    void deleteNetworks();
    void updateEnabled();
    // Why this user may not do action to the network, or an empty string.
    QString refusal(const Network &network, const QString &action) const;
    std::optional<Network> current();

    Engine &m_engine;
    RequestContext m_ctx;
    NetworkModel::Scope m_scope;
    QWidget *m_dialogParent;
    QList<Network> m_selection;
    QAction *m_create;
    QAction *m_details;
    QAction *m_edit;
    QAction *m_createSubnet;
    QAction *m_delete;
};

} // namespace sd

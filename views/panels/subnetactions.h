#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The Subnets tab's actions in a network's details: Create Subnet, Edit Subnet and Delete Subnets, as
// Horizon's. Enabled states follow the selection and the policy for the network's project; a disabled
// action's tooltip says why.
class SubnetActions : public QObject
{
    Q_OBJECT

public:
    SubnetActions(Engine &engine, const RequestContext &ctx, const Network &network, QWidget *dialogParent);

    void setNetwork(const Network &network);
    void setSelection(const QList<Subnet> &subnets);

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_create, m_edit, m_delete}; }
    QList<QAction *> menuActions() const { return {m_edit, nullptr, m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void subnetSaved(const QString &id, const QString &name);

private:
    void createSubnet();
    void editSubnet();
    void deleteSubnets();
    void updateEnabled();
    QString refusal(const QString &action) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    QWidget *m_dialogParent;
    QList<Subnet> m_selection;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd

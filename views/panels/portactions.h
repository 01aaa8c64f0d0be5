#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The Ports tab's actions in a network's details: Create Port, Edit Port and Delete Ports, as Horizon's.
// Ports a router owns are changed through the router (a disabled action says so); what the policy
// forbids is hidden.
class PortActions : public QObject
{
    Q_OBJECT

public:
    PortActions(Engine &engine, const RequestContext &ctx, const Network &network, QWidget *dialogParent);

    void setNetwork(const Network &network);
    void setSelection(const QList<Port> &ports);

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_create, m_edit, m_delete}; }
    QList<QAction *> menuActions() const { return {m_edit, nullptr, m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void portSaved(const QString &id, const QString &name);

private:
    void createPort();
    void editPort();
    void deletePorts();
    void updateEnabled();
    QString createRefusal() const;
    // Why this user may not do action to the port, or an empty string.
    QString refusal(const Port &port, const QString &action) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Network m_network;
    QWidget *m_dialogParent;
    QList<Port> m_selection;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd

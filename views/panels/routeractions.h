#pragma once

#include "core/requestcontext.h"
#include "models/routermodel.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Network › Routers and Admin › Network › Routers: Create Router and Delete
// Routers on the table; View Details, Set Gateway, Clear Gateway, Edit Router and Delete Router on a
// row. Enabled states follow the selection (Clear Gateway needs a gateway...) and a disabled action's
// tooltip says why; what the policy forbids is hidden.
class RouterActions : public QObject
{
    Q_OBJECT

public:
    RouterActions(Engine &engine, const RequestContext &ctx, RouterModel::Scope scope, QWidget *dialogParent);

    void setSelection(const QList<Router> &routers);

    QAction *createAction() const { return m_create; }
    QAction *detailsAction() const { return m_details; }
    QAction *setGatewayAction() const { return m_setGateway; }
    QAction *clearGatewayAction() const { return m_clearGateway; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void routerCreated(const QString &id, const QString &name);

private:
    void createRouter();
    void showDetails();
    void setGateway();
    void clearGateway();
    void editRouter();
    void deleteRouters();
    void updateEnabled();
    QString refusal(const Router &router, const QString &action) const;
    std::optional<Router> current();

    Engine &m_engine;
    RequestContext m_ctx;
    RouterModel::Scope m_scope;
    QWidget *m_dialogParent;
    QList<Router> m_selection;
    QAction *m_create;
    QAction *m_details;
    QAction *m_setGateway;
    QAction *m_clearGateway;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd

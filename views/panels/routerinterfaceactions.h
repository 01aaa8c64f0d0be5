#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The Interfaces tab's actions in a router's details: Add Interface and Delete Interfaces. The external
// gateway is listed with the interfaces (as Horizon) but goes with Clear Gateway; a disabled action says so.
class RouterInterfaceActions : public QObject
{
    Q_OBJECT

public:
    RouterInterfaceActions(Engine &engine, const RequestContext &ctx, const Router &router,
                           QWidget *dialogParent);

    void setRouter(const Router &router);
    void setSelection(const QList<Port> &ports);

    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_add, m_delete}; }
    QList<QAction *> menuActions() const { return {m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    void addInterface();
    void deleteInterfaces();
    void updateEnabled();
    QString refusal(const QString &action) const;
    // The subnet an interface port serves, from the router's own list.
    QString subnetOf(const Port &port) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Router m_router;
    QWidget *m_dialogParent;
    QList<Port> m_selection;
    QAction *m_add;
    QAction *m_delete;
};

} // namespace sd

#pragma once

#include "compute/servergroup.h"
#include "core/requestcontext.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Compute › Server Groups: Create Server Group on the table, Delete on one row
// or many (one confirmation). Hidden when the policy forbids them (readers see the table only).
class ServerGroupActions : public QObject
{
    Q_OBJECT

public:
    ServerGroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<ServerGroup> &groups);

    QAction *createAction() const { return m_create; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_create, m_delete}; }
    QList<QAction *> menuActions() const { return {m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void serverGroupCreated(const QString &name);

private:
    void createGroup();
    void deleteGroups();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<ServerGroup> m_selection;
    QAction *m_create;
    QAction *m_delete;
};

} // namespace sd

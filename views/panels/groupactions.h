#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Identity › Groups: Create, Edit, Manage Members and Delete (every selected group, one
// confirmation). What the policy forbids is hidden; refusals become notifications.
class GroupActions : public QObject
{
    Q_OBJECT

public:
    GroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Group> &groups);

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *membersAction() const { return m_members; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    void createGroup();
    void editGroup();
    void manageMembers();
    void deleteGroups();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Group> m_selection;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_members;
    QAction *m_delete;
};

} // namespace sd

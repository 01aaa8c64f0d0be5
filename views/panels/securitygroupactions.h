#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Network › Security Groups: Create Security Group and Delete Security Groups on
// the table; Manage Rules, Edit Security Group and Delete Security Group on a row. What the policy
// forbids is hidden; a disabled action's tooltip says why; refusals become notifications, or stay in the
// dialog that caused them.
class SecurityGroupActions : public QObject
{
    Q_OBJECT

public:
    SecurityGroupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<SecurityGroup> &groups);

    QAction *createAction() const { return m_create; }
    QAction *manageRulesAction() const { return m_rules; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_create, m_delete}; }
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const { return {m_rules, m_edit, nullptr, m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void manageRulesRequested(const SecurityGroup &group);
    void groupCreated(const QString &name);

private:
    void createGroup();
    void editGroup();
    void deleteGroups();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<SecurityGroup> m_selection;
    QAction *m_create;
    QAction *m_rules;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd

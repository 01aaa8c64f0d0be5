#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Manage Security Group Rules: Add Rule on the table, Delete Rule(s) on the selected
// rules. What the policy forbids is hidden; refusals of Delete become notifications, refusals of Add stay
// in its dialog.
class SecurityGroupRuleActions : public QObject
{
    Q_OBJECT

public:
    SecurityGroupRuleActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setGroup(const SecurityGroup &group);
    void setSelection(const QList<SecurityGroupRule> &rules);

    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_add, m_delete}; }
    QList<QAction *> menuActions() const { return {m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void ruleAdded(const QString &ruleId);

private:
    void addRule();
    void deleteRules();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    SecurityGroup m_group;
    QList<SecurityGroupRule> m_selection;
    QAction *m_add;
    QAction *m_delete;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace sd {

class Engine;
class SecurityGroupRuleActions;
class SecurityGroupRuleModel;
class TablePane;

// Horizon's Manage Security Group Rules page, shown in place of the Security Groups table: a way back,
// the group's name and ID, and its rules with Add Rule and Delete Rules.
class SecurityGroupRulesPage : public QWidget
{
    Q_OBJECT

public:
    SecurityGroupRulesPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    void setGroup(const SecurityGroup &group);
    QString groupId() const { return m_group.id; }

    SecurityGroupRuleModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    SecurityGroupRuleActions *actions() const { return m_actions; }
    QLabel *heading() const { return m_heading; }
    QToolButton *backButton() const { return m_back; }
    QList<SecurityGroupRule> selectedRules() const;

Q_SIGNALS:
    void backRequested();
    void notify(const QString &message, const QString &details);

private:
    Engine &m_engine;
    RequestContext m_ctx;
    SecurityGroup m_group;
    QToolButton *m_back;
    QLabel *m_heading;
    SecurityGroupRuleModel *m_model;
    TablePane *m_table;
    SecurityGroupRuleActions *m_actions;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "panel.h"

class QStackedWidget;

namespace sd {

class Engine;
class SecurityGroupActions;
class SecurityGroupModel;
class SecurityGroupRulesPage;
class TablePane;

// Project › Network › Security Groups: the project's groups (Name, Security Group ID, Description) with
// Create, Edit, Delete and Manage Rules; Manage Rules shows the group's rules in place of the table,
// as Horizon's detail page does, with a way back.
class SecurityGroupsPanel : public Panel
{
    Q_OBJECT

public:
    SecurityGroupsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    SecurityGroupModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    SecurityGroupActions *actions() const { return m_actions; }
    SecurityGroupRulesPage *rulesPage() const { return m_rules; }
    QList<SecurityGroup> selectedGroups() const;

    // Shows the rules of the group (by name or id), or the list again.
    bool showRules(const QString &nameOrId);
    void showList();
    bool showingRules() const;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    SecurityGroupModel *m_model;
    QStackedWidget *m_pages;
    TablePane *m_table;
    SecurityGroupActions *m_actions;
    SecurityGroupRulesPage *m_rules;
};

} // namespace sd

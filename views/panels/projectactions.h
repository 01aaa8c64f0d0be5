#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QObject>
#include <QSet>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Identity › Projects as QActions whose enabled state follows the selected projects
// (Horizon's allowed() gates). Enable, Disable and Delete work on every selected project at once.
// What the policy forbids is hidden. Dialogs open without blocking; the engine's refusals become
// notifications.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Project> &projects);

    QAction *createAction() const { return m_create; }
    QAction *membersAction() const { return m_members; }
    QAction *quotasAction() const { return m_quotas; }
    QAction *editAction() const { return m_edit; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *deleteAction() const { return m_delete; }
    QAction *setActiveAction() const { return m_setActive; }
    QList<QAction *> actions() const;
    // The toolbar's actions, in Horizon's order.
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void activeProjectRequested(const QString &projectName);
    void projectCreated(const QString &name);

private:
    void createProject();
    void manageMembers();
    void modifyQuotas();
    void editProject();
    void setEnabled(bool enabled);
    void deleteProjects();
    void setActive();
    void refreshMine();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Project> m_selection;
    // Ids of the projects the user holds a role on: the only ones they can switch to.
    QSet<QString> m_mine;
    QAction *m_create;
    QAction *m_members;
    QAction *m_quotas;
    QAction *m_edit;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_delete;
    QAction *m_setActive;
};

} // namespace sd

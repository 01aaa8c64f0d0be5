#pragma once

#include "compute/instance/actiongate.h"
#include "core/requestcontext.h"
#include "models/instancemodel.h"

#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace sd {

class Engine;
class ConsoleLauncher;
class InstanceFormActions;
class InstanceVolumeActions;

// The actions of Project › Compute › Instances and Admin › Compute › Instances as QActions. Every
// action that acts on instances is enabled when ActionGate allows it for at least one selected
// instance, and works on the whole selection (bulk, one confirmation for the dangerous ones); a
// disabled action's tooltip is the gate's reason. What the policy forbids is hidden. Power actions are
// engine tasks (the Tasks dock shows them); refusals become notifications. Launch Instance is disabled
// with "(Quota exceeded)" while the project's instances, vCPUs or RAM quota is used up.
class InstanceActions : public QObject
{
    Q_OBJECT

public:
    InstanceActions(Engine &engine, const RequestContext &ctx, InstanceModel::Scope scope,
                    QWidget *dialogParent);

    void setSelection(const QList<Instance> &instances);
    // Reads the quota again (after launches and deletions) for Launch Instance.
    void updateLaunch();

    QAction *launchAction() const { return m_launch; }
    QAction *detailsAction() const { return m_details; }
    QAction *editAction() const { return m_edit; }
    QAction *metadataAction() const { return m_metadata; }
    QAction *logAction() const { return m_log; }
    QAction *consoleAction() const { return m_console; }
    QAction *deleteAction() const { return m_delete; }
    // The action for an engine action (Start, Shut Off, Lock, Resize...).
    QAction *action(InstanceAction action) const;
    // Attach Volume and Detach Volume.
    InstanceVolumeActions *volumeActions() const { return m_volumes; }
    QMenu *moreMenu() const { return m_more; }
    QAction *moreAction() const { return m_moreAction; }
    // Launch Instance, Delete Instances and More Actions, as Horizon's table actions.
    QList<QAction *> toolbarActions() const;
    // Every row action in Horizon's menu order; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void launched(const QStringList &names);

private:
    QAction *makeGated(InstanceAction action, const QString &icon, const QString &objectName,
                       const QString &what);
    void updateEnabled();
    void runOnSelection(InstanceAction action);
    void confirmThenRun(InstanceAction action);
    void run(InstanceAction action, const QList<Instance> &targets);
    void openLaunch();
    void showDetails(int tab);
    void editInstance();
    void updateMetadata();
    // The selected instances the gate allows the action for; refusals for the others in refused.
    QList<Instance> allowed(InstanceAction action, QStringList *refused = nullptr) const;

    Engine &m_engine;
    RequestContext m_ctx;
    InstanceModel::Scope m_scope;
    QWidget *m_dialogParent;
    QList<Instance> m_selection;
    QMap<InstanceAction, QAction *> m_gated;
    QMap<InstanceAction, QString> m_what;
    QAction *m_launch;
    QAction *m_details;
    QAction *m_edit;
    QAction *m_metadata;
    QAction *m_log;
    QAction *m_console;
    ConsoleLauncher *m_launcher;
    QAction *m_delete;
    QMenu *m_more;
    QAction *m_moreAction;
    InstanceFormActions *m_forms;
    InstanceVolumeActions *m_volumes;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Volumes › Backups and Admin › Volume › Backups: Restore Backup on one row,
// Delete Backup on one row or many (one confirmation), each following the backup's status; a disabled
// action's tooltip says why. What the policy forbids is hidden; the engine's refusals become
// notifications.
class VolumeBackupActions : public QObject
{
    Q_OBJECT

public:
    VolumeBackupActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<VolumeBackup> &backups);

    QAction *restoreAction() const { return m_restore; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_restore, m_delete}; }
    QList<QAction *> menuActions() const { return {m_restore, nullptr, m_delete}; }

    static QString deleteRefusal(const VolumeBackup &backup);

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void restoreStarted(const QString &volumeName);

private:
    void restoreBackup();
    void deleteBackups();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<VolumeBackup> m_selection;
    QAction *m_restore;
    QAction *m_delete;
};

} // namespace sd

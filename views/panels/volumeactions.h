#pragma once

#include "core/requestcontext.h"
#include "models/volumemodel.h"
#include "volume/volume.h"

#include <QMap>
#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Volumes › Volumes and Admin › Volume › Volumes as QActions whose enabled state
// follows the selected volumes' statuses (Horizon's allowed() gates in project/volumes/tables.py); a
// disabled action's tooltip says why. Delete and Cancel Transfer work on the whole selection with one
// confirmation. What the policy forbids is hidden. Everything that touches a host is an engine task
// (the Tasks dock shows it, the row's status moves); refusals stay in their dialog or become
// notifications. Create Volume is disabled with "(Quota exceeded)" while the volumes or gigabytes quota
// is used up, Create Snapshot while the snapshots quota is. Launch as Instance (the project's table only,
// as Horizon's) opens the Launch Instance wizard with an available, bootable volume as the boot source.
class VolumeActions : public QObject
{
    Q_OBJECT

public:
    // The row actions that a volume's status gates.
    enum class Op
    {
        Edit,
        Extend,
        Launch,
        ManageAttachments,
        CreateSnapshot,
        CreateBackup,
        Retype,
        Upload,
        CreateTransfer,
        CancelTransfer,
        Delete,
        Metadata,
    };

    VolumeActions(Engine &engine, const RequestContext &ctx, VolumeModel::Scope scope, QWidget *dialogParent);

    void setSelection(const QList<Volume> &volumes);
    // Reads the quota again (after creates and deletes) for Create Volume and Create Snapshot.
    void updateQuota();

    // Why op may not run on the volume in its status; empty when it may. Horizon's gates, in its words
    // for the statuses: "Volume data is In-use: Extend Volume needs it Available".
    static QString refusal(const Volume &volume, Op op);
    static QString label(Op op);

    QAction *createAction() const { return m_create; }
    QAction *acceptTransferAction() const { return m_accept; }
    QAction *action(Op op) const { return m_ops.value(op); }
    // Create Volume, Accept Transfer and Delete Volumes, as Horizon's table actions.
    QList<QAction *> toolbarActions() const;
    // The row actions in Horizon's order; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    // A volume was created or accepted; the panel selects its row.
    void volumeAdded(const QString &name);

private:
    QAction *makeOp(Op op, const QString &icon, const QString &objectName, const QString &rule,
                    const QString &what);
    QList<Volume> allowed(Op op, QStringList *refused = nullptr) const;
    // Snapshots block a delete (Cinder refuses it): the refusal for the volume, or empty.
    QString snapshotRefusal(const Volume &volume) const;
    void updateEnabled();
    void trigger(Op op);
    void createVolume();
    void acceptTransfer();
    void editVolume(const Volume &volume);
    void extendVolume(const Volume &volume);
    void launchAsInstance(const Volume &volume);
    void manageAttachments(const Volume &volume);
    void createCopy(const Volume &volume, bool backup);
    void retypeVolume(const Volume &volume);
    void uploadVolume(const Volume &volume);
    void createTransfer(const Volume &volume);
    void cancelTransfers();
    void deleteVolumes();
    void updateMetadata(const Volume &volume);

    Engine &m_engine;
    RequestContext m_ctx;
    VolumeModel::Scope m_scope;
    QWidget *m_dialogParent;
    QList<Volume> m_selection;
    QAction *m_create;
    QAction *m_accept;
    QMap<Op, QAction *> m_ops;
    QMap<Op, QString> m_what;
    QString m_snapshotsExhausted;
};

} // namespace sd

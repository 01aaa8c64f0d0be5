#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

class Engine;

// Project › Volumes › Snapshots › Create Volume: a new volume whose data is the snapshot's (Horizon's
// Create Volume form with the snapshot as its source). The size may grow, never shrink below the
// snapshot's; the type starts as the source volume's. The volume is made by a task (the Tasks dock
// shows it); the dialog closes once the engine has stored it as creating.
class CreateVolumeFromSnapshotDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateVolumeFromSnapshotDialog(Engine &engine, const RequestContext &ctx, const VolumeSnapshot &snapshot,
                                   QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *sizeSpin() const { return m_size; }

Q_SIGNALS:
    void volumeCreated(const QString &id, const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    VolumeSnapshot m_snapshot;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_type;
    QSpinBox *m_size;
};

} // namespace sd

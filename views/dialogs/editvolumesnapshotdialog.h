#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Project › Volumes › Snapshots › Edit Snapshot: its name and description (Horizon's UpdateForm). The
// data of a snapshot never changes.
class EditVolumeSnapshotDialog : public FormDialog
{
    Q_OBJECT

public:
    EditVolumeSnapshotDialog(Engine &engine, const RequestContext &ctx, const VolumeSnapshot &snapshot,
                             QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    VolumeSnapshot m_snapshot;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace sd

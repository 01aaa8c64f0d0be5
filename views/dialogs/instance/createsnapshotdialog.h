#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QLineEdit;

namespace sd {

class Engine;

// Create Snapshot (Horizon's modal: Snapshot Name): the instance's root disk becomes a private image of
// its project, which Launch Instance offers like any other image.
class CreateSnapshotDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateSnapshotDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    // The task making the image, once submitted.
    QString taskId() const { return m_taskId; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QLineEdit *m_name;
    QString m_taskId;
};

} // namespace sd

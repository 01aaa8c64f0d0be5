#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QLineEdit;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Accept Transfer: the Transfer ID and Authorization Key another project
// gave; the volume (and its snapshots) then belong to the current project, within its quota. A wrong key
// is refused in the dialog and changes nothing.
class AcceptVolumeTransferDialog : public FormDialog
{
    Q_OBJECT

public:
    AcceptVolumeTransferDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *keyEdit() const { return m_key; }

Q_SIGNALS:
    void transferAccepted(const Volume &volume);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_id;
    QLineEdit *m_key;
};

} // namespace sd

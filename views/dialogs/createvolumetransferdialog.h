#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QLineEdit;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Create Transfer: the transfer's name. On success the volume is
// awaiting-transfer and transferCreated carries the ID and the auth key, which only this answer holds.
class CreateVolumeTransferDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateVolumeTransferDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                               QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void transferCreated(const VolumeTransfer &transfer);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    QLineEdit *m_name;
};

} // namespace sd

#include "createvolumetransferdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

CreateVolumeTransferDialog::CreateVolumeTransferDialog(Engine &engine, const RequestContext &ctx,
                                                       const Volume &volume, QWidget *parent)
    : FormDialog(tr("Create Transfer of Volume %1").arg(volume.label()), tr("Create Volume Transfer"),
                 parent),
      m_engine(engine), m_ctx(ctx), m_volume(volume), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CreateVolumeTransferDialog"));
    setIntro(tr("Ownership of a volume can be transferred from one project to another. Once a transfer is "
                "created, its ID and authorization key are shown once; give them to a member of the other "
                "project, who accepts the transfer there. Until then the volume is awaiting transfer."));
    m_name->setObjectName(QStringLiteral("TransferNameEdit"));
    form()->addRow(tr("Transfer Name *"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeTransferDialog::updateOk);
    updateOk();
}

QString CreateVolumeTransferDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Volume transfer name cannot be empty.");
    if (auto name = checkedName(tr("Transfer name"), m_name->text()); !name)
        return name.error().message;
    return {};
}

QString CreateVolumeTransferDialog::visibleProblem() const
{
    return m_name->text().isEmpty() ? QString() : problem();
}

bool CreateVolumeTransferDialog::submit()
{
    auto transfer = m_engine.volumes().createTransfer(m_ctx.withNewRequestId(), m_volume.id, m_name->text());
    if (!transfer) {
        showError(transfer.error());
        return false;
    }
    emit transferCreated(*transfer);
    return true;
}

} // namespace sd

#include "acceptvolumetransferdialog.h"

#include "engine.h"
#include "volume/volumeservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

AcceptVolumeTransferDialog::AcceptVolumeTransferDialog(Engine &engine, const RequestContext &ctx,
                                                       QWidget *parent)
    : FormDialog(tr("Accept Volume Transfer"), tr("Accept Volume Transfer"), parent), m_engine(engine),
      m_ctx(ctx), m_id(new QLineEdit(this)), m_key(new QLineEdit(this))
{
    setObjectName(QStringLiteral("AcceptVolumeTransferDialog"));
    setIntro(tr("Ownership of a volume can be transferred from one project to another. Accepting a transfer "
                "requires the transfer ID and the authorization key from the donor; the volume then belongs "
                "to project %1.")
                 .arg(ctx.projectName));
    m_id->setObjectName(QStringLiteral("TransferIdEdit"));
    m_key->setObjectName(QStringLiteral("TransferKeyEdit"));
    // Cinder's column sizes.
    m_id->setMaxLength(36);
    m_key->setMaxLength(16);
    form()->addRow(tr("Transfer ID *"), m_id);
    form()->addRow(tr("Authorization Key *"), m_key);
    connect(m_id, &QLineEdit::textChanged, this, &AcceptVolumeTransferDialog::updateOk);
    connect(m_key, &QLineEdit::textChanged, this, &AcceptVolumeTransferDialog::updateOk);
    updateOk();
}

QString AcceptVolumeTransferDialog::problem() const
{
    if (m_id->text().trimmed().isEmpty())
        return tr("Enter the transfer ID.");
    if (m_key->text().trimmed().isEmpty())
        return tr("Enter the authorization key.");
    return {};
}

QString AcceptVolumeTransferDialog::visibleProblem() const
{
    return m_id->text().isEmpty() || m_key->text().isEmpty() ? QString() : problem();
}

bool AcceptVolumeTransferDialog::submit()
{
    auto volume = m_engine.volumes().acceptTransfer(m_ctx.withNewRequestId(), m_id->text().trimmed(),
                                                    m_key->text().trimmed());
    if (!volume) {
        showError(volume.error());
        return false;
    }
    emit transferAccepted(*volume);
    return true;
}

} // namespace sd

#include "volumetransferdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

namespace {
// A read-only field with its own Copy button beside it.
QWidget *copyableRow(QLineEdit *field, QPushButton *copy, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    QObject::connect(copy, &QPushButton::clicked, field,
                     [field] { QApplication::clipboard()->setText(field->text()); });
    return row;
}
} // namespace

VolumeTransferDialog::VolumeTransferDialog(const VolumeTransfer &transfer, const QString &volumeName,
                                           QWidget *parent)
    : QDialog(parent), m_id(new QLineEdit(transfer.id, this)), m_key(new QLineEdit(transfer.authKey, this)),
      m_copyId(new QPushButton(tr("Copy"), this)), m_copyKey(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("VolumeTransferDialog"));
    setWindowTitle(tr("Volume Transfer Details"));
    setMinimumWidth(600);
    m_warning =
        tr("The transfer of volume %1 was created. The Transfer ID and the Authorization Key below are "
           "needed by the recipient to accept it. Save them now: the key is shown only this once; "
           "StackDesk keeps only a hash of it and cannot show it again.")
            .arg(volumeName);
    auto *warning = new QLabel(m_warning, this);
    warning->setObjectName(QStringLiteral("WarningBox"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    m_id->setObjectName(QStringLiteral("TransferIdEdit"));
    m_key->setObjectName(QStringLiteral("TransferKeyEdit"));
    m_copyId->setObjectName(QStringLiteral("CopyTransferIdButton"));
    m_copyKey->setObjectName(QStringLiteral("CopyTransferKeyButton"));
    m_copyId->setToolTip(tr("Copy the transfer ID to the clipboard"));
    m_copyKey->setToolTip(tr("Copy the authorization key to the clipboard"));

    auto *name = new QLineEdit(transfer.name, this);
    name->setReadOnly(true);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Transfer Name"), name);
    form->addRow(tr("Transfer ID"), copyableRow(m_id, m_copyId, this));
    form->addRow(tr("Authorization Key"), copyableRow(m_key, m_copyKey, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString VolumeTransferDialog::warningText() const
{
    return m_warning;
}

} // namespace sd

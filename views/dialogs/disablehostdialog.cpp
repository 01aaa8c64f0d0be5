#include "disablehostdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

DisableHostDialog::DisableHostDialog(const QStringList &hostNames, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("DisableHostDialog"));
    setWindowTitle(tr("Disable Service"));
    setMinimumWidth(460);

    auto *text =
        new QLabel(tr("Disable the compute service on %1? New instances will not be scheduled there; "
                      "instances already running keep running.")
                       .arg(hostNames.join(QStringLiteral(", "))),
                   this);
    text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("ReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. hardware maintenance"));
    m_reason->setMaxLength(255);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Disable Service"));
    m_ok->setEnabled(false);
    m_ok->setToolTip(tr("Give a reason: other administrators will see it"));
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        const bool given = !reason().isEmpty();
        m_ok->setEnabled(given);
        m_ok->setToolTip(given ? QString() : tr("Give a reason: other administrators will see it"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason *"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString DisableHostDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace sd

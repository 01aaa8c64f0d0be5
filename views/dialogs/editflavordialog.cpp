#include "editflavordialog.h"

#include "units.h"

#include "compute/flavorservice.h"
#include "core/namecheck.h"
#include "engine.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace sd {

EditFlavorDialog::EditFlavorDialog(Engine &engine, const RequestContext &ctx, const Flavor &flavor,
                                   QWidget *parent)
    : FormDialog(tr("Edit Flavor %1").arg(flavor.name), tr("Save"), parent), m_engine(engine), m_ctx(ctx),
      m_flavor(flavor), m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("EditFlavorDialog"));
    setIntro(
        tr("Only the description can change: flavors are immutable, so the instances using this one stay "
           "right. For other sizes, create a new flavor."));
    const auto readOnly = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form()->addRow(tr("Name"), readOnly(flavor.name, QStringLiteral("FlavorNameValue")));
    form()->addRow(tr("ID"), readOnly(flavor.id, QStringLiteral("FlavorIdValue")));
    form()->addRow(tr("VCPUs"), readOnly(QString::number(flavor.vcpus), QStringLiteral("FlavorVcpusValue")));
    form()->addRow(tr("RAM"), readOnly(Units::megabytes(flavor.ramMb), QStringLiteral("FlavorRamValue")));
    form()->addRow(tr("Root Disk"),
                   readOnly(Units::gigabytes(flavor.diskGb), QStringLiteral("FlavorRootValue")));
    form()->addRow(tr("Ephemeral Disk"),
                   readOnly(Units::gigabytes(flavor.ephemeralGb), QStringLiteral("FlavorEphemeralValue")));
    form()->addRow(tr("Swap Disk"),
                   readOnly(Units::megabytes(flavor.swapMb), QStringLiteral("FlavorSwapValue")));
    form()->addRow(tr("Public"), readOnly(flavor.isPublic ? tr("Yes") : tr("No, see Modify Access"),
                                          QStringLiteral("FlavorPublicValue")));
    m_description->setObjectName(QStringLiteral("FlavorDescriptionEdit"));
    m_description->setPlainText(flavor.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form()->addRow(tr("Description"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditFlavorDialog::updateOk);
    updateOk();
}

QString EditFlavorDialog::problem() const
{
    auto text = checkedText(tr("Flavor description"), m_description->toPlainText());
    return text ? QString() : text.error().message;
}

bool EditFlavorDialog::submit()
{
    if (m_description->toPlainText() == m_flavor.description)
        return true;
    auto result = m_engine.flavors().setDescription(m_ctx.withNewRequestId(), m_flavor.id,
                                                    m_description->toPlainText());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

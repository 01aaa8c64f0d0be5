#include "customkeydialog.h"

#include "sendkeys.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd {

CustomKeyDialog::CustomKeyDialog(const QString &initial, QWidget *parent)
    : FormDialog(tr("Send Key Combination"), tr("Send"), parent), m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CustomKeyDialog"));
    setIntro(tr("The keys are pressed in the order typed and released in reverse, as a person "
                "would press them."));
    m_edit->setObjectName(QStringLiteral("KeyCombinationEdit"));
    m_edit->setPlaceholderText(tr("e.g. ctrl+alt+f2"));
    m_edit->setText(initial);
    form()->addRow(tr("Combination *"), m_edit);
    auto *names = new QLabel(tr("Key names: %1").arg(SendKeys::keyNames().join(QStringLiteral(", "))), this);
    names->setObjectName(QStringLiteral("HintLabel"));
    names->setWordWrap(true);
    form()->addRow(QString(), names);
    connect(m_edit, &QLineEdit::textChanged, this, &CustomKeyDialog::updateOk);
    updateOk();
}

QString CustomKeyDialog::text() const
{
    return m_edit->text().trimmed();
}

QString CustomKeyDialog::problem() const
{
    const Result<KeyCombination> parsed = SendKeys::parse(m_edit->text());
    return parsed ? QString() : parsed.error().message;
}

QString CustomKeyDialog::visibleProblem() const
{
    // A fresh, empty field is not a mistake yet.
    return m_edit->text().trimmed().isEmpty() ? QString() : problem();
}

bool CustomKeyDialog::submit()
{
    const Result<KeyCombination> parsed = SendKeys::parse(m_edit->text());
    if (!parsed)
        return false;
    m_combination = parsed.value();
    return true;
}

} // namespace sd

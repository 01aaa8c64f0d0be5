#include "detailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd {

DetailsDialog::DetailsDialog(const QString &objectName, const QString &windowTitle, QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(objectName);
    setWindowTitle(windowTitle);
    m_title->setObjectName(QStringLiteral("PanelTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("FieldError"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A refusal is shown where the user is looking, in this window, as well as in the main window's area.
    connect(this, &DetailsDialog::notify, this, [this](const QString &message, const QString &details) {
        m_message->setText(message);
        m_message->setToolTip(details);
        m_message->setVisible(true);
    });
}

void DetailsDialog::setHeading(const QString &name)
{
    m_title->setText(name);
}

void DetailsDialog::clearMessage()
{
    if (m_tabs->isEnabled())
        m_message->setVisible(false);
}

void DetailsDialog::showGone(const QString &message)
{
    m_tabs->setEnabled(false);
    m_message->setText(message);
    m_message->setToolTip({});
    m_message->setVisible(true);
}

QString DetailsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QLabel *DetailsDialog::addField(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.append({label, value});
    return value;
}

QString DetailsDialog::overviewValue(const QString &label) const
{
    for (const auto &[name, value] : m_fields)
        if (name == label)
            return value->text();
    return {};
}

} // namespace sd

#include "topologydetailspopup.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace sd {

TopologyDetailsPopup::TopologyDetailsPopup(const QString &kind, const QString &name, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout),
      m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("TopologyDetailsPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#TopologyDetailsPopup { background: white; border: 1px solid #cbd5e1; "
                                 "border-radius: 6px; }"));
    auto *kindLabel = new QLabel(kind, this);
    kindLabel->setObjectName(QStringLiteral("HintLabel"));
    auto *title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("SectionTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(4);
    m_actions->addStretch(1);
    m_layout->setContentsMargins(14, 10, 14, 12);
    m_layout->setSpacing(6);
    m_layout->addWidget(kindLabel);
    m_layout->addWidget(title);
    m_layout->addLayout(m_form);
    m_layout->addSpacing(4);
    m_layout->addLayout(m_actions);
}

void TopologyDetailsPopup::addField(const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, valueLabel);
}

void TopologyDetailsPopup::addList(const QString &title, const QStringList &lines, const QString &emptyText)
{
    auto *value = new QLabel(lines.isEmpty() ? emptyText : lines.join(QLatin1Char('\n')), this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (lines.isEmpty())
        value->setObjectName(QStringLiteral("HintLabel"));
    m_form->addRow(title, value);
}

QPushButton *TopologyDetailsPopup::addAction(const QString &text, const QString &objectName,
                                             std::function<void()> run)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_actions->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, run] {
        close();
        run();
    });
    return button;
}

void TopologyDetailsPopup::popup(const QPoint &globalPos)
{
    adjustSize();
    QPoint pos = globalPos + QPoint(8, 8);
    if (const QScreen *screen = QWidget::screen()) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::min(pos.x(), area.right() - width()));
        pos.setY(std::min(pos.y(), area.bottom() - height()));
    }
    move(pos);
    show();
}

QString TopologyDetailsPopup::text() const
{
    QStringList lines;
    for (const QLabel *label : findChildren<QLabel *>())
        lines.append(label->text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd

#include "yesnoswitch.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

namespace sd {

YesNoSwitch::YesNoSwitch(bool yes, QWidget *parent)
    : QWidget(parent), m_yes(new QRadioButton(tr("Yes"), this)), m_no(new QRadioButton(tr("No"), this))
{
    m_yes->setObjectName(QStringLiteral("YesButton"));
    m_no->setObjectName(QStringLiteral("NoButton"));
    // Exclusive as a group of their own: the page's other switches are siblings in the same parent.
    auto *group = new QButtonGroup(this);
    group->addButton(m_yes);
    group->addButton(m_no);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_yes);
    row->addWidget(m_no);
    row->addStretch(1);
    setYes(yes);
    connect(m_yes, &QRadioButton::toggled, this, &YesNoSwitch::toggled);
}

bool YesNoSwitch::isYes() const
{
    return m_yes->isChecked();
}

void YesNoSwitch::setYes(bool yes)
{
    (yes ? m_yes : m_no)->setChecked(true);
}

} // namespace sd

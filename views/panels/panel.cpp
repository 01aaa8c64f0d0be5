#include "panel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

Panel::Panel(const QString &breadcrumb, const QString &title, QWidget *parent)
    : QWidget(parent), m_title(title), m_body(new QVBoxLayout)
{
    auto *crumb = new QLabel(breadcrumb, this);
    crumb->setObjectName(QStringLiteral("PanelBreadcrumb"));
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("PanelTitle"));

    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    layout->addWidget(crumb);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(m_body, 1);
}

} // namespace sd

#include "actionbar.h"

namespace sd {

ActionBar::ActionBar(QWidget *filter, const QString &name, QWidget *parent) : QToolBar(parent)
{
    setObjectName(name);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    addWidget(filter);
    // Pushes the actions to the right edge.
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
}

} // namespace sd

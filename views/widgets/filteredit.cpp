#include "filteredit.h"

#include "icons.h"

#include <QSortFilterProxyModel>

namespace sd {

FilterEdit::FilterEdit(QSortFilterProxyModel *proxy, QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("FilterEdit"));
    setPlaceholderText(tr("Filter"));
    setClearButtonEnabled(true);
    addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    setMinimumWidth(160);
    setMaximumWidth(320);
    connect(this, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
}

} // namespace sd

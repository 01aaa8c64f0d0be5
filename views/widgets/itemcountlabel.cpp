#include "itemcountlabel.h"

#include <QAbstractItemModel>

namespace sd {

ItemCountLabel::ItemCountLabel(QAbstractItemModel *model, QWidget *parent) : QLabel(parent), m_model(model)
{
    setObjectName(QStringLiteral("CountLabel"));
    connect(model, &QAbstractItemModel::rowsInserted, this, &ItemCountLabel::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ItemCountLabel::update);
    connect(model, &QAbstractItemModel::modelReset, this, &ItemCountLabel::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ItemCountLabel::update);
    update();
}

void ItemCountLabel::update()
{
    // Spelled out rather than "%n item(s)": English plurals would otherwise need a .qm of their own.
    const int count = m_model->rowCount();
    setText(count == 1 ? tr("Displaying 1 item") : tr("Displaying %n items", nullptr, count));
}

} // namespace sd

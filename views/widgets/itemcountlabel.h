#pragma once

#include <QLabel>

class QAbstractItemModel;

namespace sd {

// "Displaying N items" under a table, like Horizon, kept current as rows come and go or the filter changes.
class ItemCountLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ItemCountLabel(QAbstractItemModel *model, QWidget *parent = nullptr);

private:
    void update();
    QAbstractItemModel *m_model;
};

} // namespace sd

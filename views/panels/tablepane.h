#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;

namespace sd {

class ActionBar;
class FilterEdit;
class ItemCountLabel;
class ResourceTable;
class TableFilterProxy;

// A Horizon table as the identity panels show it: the filter on the left and the table actions on the
// right above the table (a QToolBar, so a narrow window folds them into its overflow menu), the rows
// filtered and sorted over all of them, the count below, and the row actions in the context menu.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    TablePane(QAbstractItemModel *model, const QString &name, QWidget *parent = nullptr);

    // toolbar: shown above the table; menu: the context menu (nullptr entries become separators). Once.
    void setActions(const QList<QAction *> &toolbar, const QList<QAction *> &menu);

    ResourceTable *view() const { return m_view; }
    TableFilterProxy *proxy() const { return m_proxy; }
    FilterEdit *filterEdit() const { return m_filter; }
    ItemCountLabel *countLabel() const { return m_count; }
    // Source rows of the selection, in the table's order.
    QList<int> selectedSourceRows() const;
    // Selects the rows whose column 0 shows one of names (for tests and "select what was created").
    void selectByName(const QStringList &names);

Q_SIGNALS:
    void selectionChanged();

private:
    TableFilterProxy *m_proxy;
    ResourceTable *m_view;
    FilterEdit *m_filter;
    ItemCountLabel *m_count;
    ActionBar *m_bar;
};

} // namespace sd

#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace sd {

// Horizon's "Items Per Page" for tables that show every row: Page Up / Page Down and a click in the
// vertical scroll bar's track move by that many rows instead of by a screenful. (QTableView resets the
// scroll bar's pageStep at every layout, so the step is applied when the page action happens.)
class PageStepper : public QObject
{
    Q_OBJECT

public:
    PageStepper(QAbstractItemView *view, int rows);

    int rows() const { return m_rows; }
    void setRows(int rows) { m_rows = rows; }

    // Gives every table view under root a stepper of rows per page (or updates the one it has).
    static void applyTo(QWidget *root, int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScrollAction(int action);
    void moveCurrent(int delta);

    QAbstractItemView *m_view;
    int m_rows;
};

} // namespace sd

#pragma once

#include <QTreeWidget>

namespace sd {

// The pickers of the Launch Instance steps (Horizon's transfer tables): rows of choices, each known by
// a key; a row that cannot be chosen is greyed out with its reason as the tooltip. Single: one row is
// chosen by selecting it. Multi: rows are chosen with their check boxes, and the order they were
// checked in is kept (the NIC order of the Networks step), shown in the first column when ordered.
class ChoiceTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Single,
        Multi,
        Ordered,
    };

    ChoiceTable(const QStringList &headers, Mode mode, QWidget *parent = nullptr);

    // reason: why the row cannot be chosen; empty when it can.
    void addChoice(const QString &key, const QStringList &cells, const QString &reason = {});
    // Changes a row's reason (the flavors' quota reasons follow the instance count); a row that becomes
    // unavailable is no longer chosen.
    void setReason(const QString &key, const QString &reason);
    QString reason(const QString &key) const;
    // Every unavailable row's reason, one a line, for the step to show in plain sight.
    QString reasonsText() const;
    QStringList keys() const;
    QStringList chosen() const { return m_chosen; }
    // Chooses the available rows among keys, in that order, and no others.
    void choose(const QStringList &keys);
    // Moves a chosen key up (-1) or down (+1) in the order.
    void move(const QString &key, int delta);

Q_SIGNALS:
    void changed();

private:
    QTreeWidgetItem *itemOf(const QString &key) const;
    void itemChanged(QTreeWidgetItem *item);
    void selectionChangedHere();
    void showOrder();

    Mode m_mode;
    int m_offset; // 1 when the first column is the order
    QStringList m_chosen;
    bool m_updating = false;
};

} // namespace sd

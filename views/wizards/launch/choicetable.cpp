#include "choicetable.h"

#include <QHeaderView>

namespace sd {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kReasonRole = Qt::UserRole + 2;
} // namespace

ChoiceTable::ChoiceTable(const QStringList &headers, Mode mode, QWidget *parent)
    : QTreeWidget(parent), m_mode(mode), m_offset(mode == Mode::Ordered ? 1 : 0)
{
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    QStringList labels = headers;
    if (mode == Mode::Ordered)
        labels.prepend(tr("NIC"));
    setHeaderLabels(labels);
    header()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    if (mode == Mode::Single)
        connect(this, &QTreeWidget::itemSelectionChanged, this, &ChoiceTable::selectionChangedHere);
    else
        connect(this, &QTreeWidget::itemChanged, this, &ChoiceTable::itemChanged);
}

void ChoiceTable::addChoice(const QString &key, const QStringList &cells, const QString &reason)
{
    m_updating = true;
    auto *item = new QTreeWidgetItem(this);
    for (int c = 0; c < cells.size(); ++c)
        item->setText(c + m_offset, cells.at(c));
    item->setData(0, kKeyRole, key);
    if (m_mode != Mode::Single)
        item->setCheckState(m_offset, Qt::Unchecked);
    m_updating = false;
    setReason(key, reason);
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

QTreeWidgetItem *ChoiceTable::itemOf(const QString &key) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kKeyRole).toString() == key)
            return topLevelItem(i);
    return nullptr;
}

void ChoiceTable::setReason(const QString &key, const QString &reason)
{
    QTreeWidgetItem *item = itemOf(key);
    if (!item)
        return;
    m_updating = true;
    item->setData(0, kReasonRole, reason);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_mode != Mode::Single)
        flags |= Qt::ItemIsUserCheckable;
    // Greyed out but still telling why: a disabled item keeps its tooltip.
    item->setFlags(reason.isEmpty() ? flags : Qt::NoItemFlags);
    for (int c = 0; c < columnCount(); ++c)
        item->setToolTip(c, reason);
    m_updating = false;
    if (!reason.isEmpty() && m_chosen.contains(key)) {
        QStringList keep = m_chosen;
        keep.removeAll(key);
        choose(keep);
    }
}

QString ChoiceTable::reason(const QString &key) const
{
    QTreeWidgetItem *item = itemOf(key);
    return item ? item->data(0, kReasonRole).toString() : QString();
}

QString ChoiceTable::reasonsText() const
{
    QStringList reasons;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (const QString r = topLevelItem(i)->data(0, kReasonRole).toString(); !r.isEmpty())
            reasons.append(r);
    return reasons.join(QLatin1Char('\n'));
}

QStringList ChoiceTable::keys() const
{
    QStringList all;
    for (int i = 0; i < topLevelItemCount(); ++i)
        all.append(topLevelItem(i)->data(0, kKeyRole).toString());
    return all;
}

void ChoiceTable::choose(const QStringList &wanted)
{
    m_updating = true;
    m_chosen.clear();
    for (const QString &key : wanted)
        if (QTreeWidgetItem *item = itemOf(key); item && reason(key).isEmpty() && !m_chosen.contains(key))
            m_chosen.append(key);
    if (m_mode == Mode::Single && m_chosen.size() > 1)
        m_chosen = m_chosen.mid(0, 1);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const bool on = m_chosen.contains(item->data(0, kKeyRole).toString());
        if (m_mode == Mode::Single)
            item->setSelected(on);
        else
            item->setCheckState(m_offset, on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    showOrder();
    emit changed();
}

void ChoiceTable::move(const QString &key, int delta)
{
    const int at = int(m_chosen.indexOf(key));
    const int to = at + delta;
    if (at < 0 || to < 0 || to >= m_chosen.size())
        return;
    m_chosen.move(at, to);
    showOrder();
    emit changed();
}

void ChoiceTable::itemChanged(QTreeWidgetItem *item)
{
    if (m_updating)
        return;
    const QString key = item->data(0, kKeyRole).toString();
    const bool on = item->checkState(m_offset) == Qt::Checked;
    // Checked last, last in the order: the NIC order is the order the user picked the networks in.
    if (on && !m_chosen.contains(key))
        m_chosen.append(key);
    else if (!on)
        m_chosen.removeAll(key);
    showOrder();
    emit changed();
}

void ChoiceTable::selectionChangedHere()
{
    if (m_updating)
        return;
    m_chosen.clear();
    for (QTreeWidgetItem *item : selectedItems())
        m_chosen.append(item->data(0, kKeyRole).toString());
    emit changed();
}

void ChoiceTable::showOrder()
{
    if (m_mode != Mode::Ordered)
        return;
    m_updating = true;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const int at = int(m_chosen.indexOf(item->data(0, kKeyRole).toString()));
        item->setText(0, at < 0 ? QString() : QString::number(at + 1));
    }
    m_updating = false;
}

} // namespace sd

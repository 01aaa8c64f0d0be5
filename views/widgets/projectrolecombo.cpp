#include "projectrolecombo.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QStylePainter>
#include <QStyledItemDelegate>
#include <QWheelEvent>

namespace sd {

ProjectRoleCombo::ProjectRoleCombo(const QStringList &roles, QWidget *parent)
    : QComboBox(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("ProjectRoleCombo"));
    for (const QString &role : roles) {
        auto *item = new QStandardItem(role);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::Unchecked, Qt::CheckStateRole);
        m_model->appendRow(item);
    }
    setModel(m_model);
    // The menu-style delegate some styles use draws the current item as "checked"; this one draws the
    // check boxes from the items' check state.
    setItemDelegate(new QStyledItemDelegate(this));
    // Our filter runs before the popup's own, so a click toggles a role without closing the list.
    view()->viewport()->installEventFilter(this);
    // The keyboard (Enter on an item) ends the popup; toggle then too.
    connect(this, &QComboBox::activated, this, &ProjectRoleCombo::toggle);
    setToolTip(tr("Roles held on the project; pick one or more"));
}

QStringList ProjectRoleCombo::checkedRoles() const
{
    QStringList roles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            roles.append(m_model->item(row)->text());
    return roles;
}

void ProjectRoleCombo::setCheckedRoles(const QStringList &roles)
{
    bool any = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        any = any || roles.contains(m_model->item(row)->text());
    if (!any)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(roles.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    update();
    emit rolesChanged();
}

void ProjectRoleCombo::setRoleChecked(const QString &role, bool checked)
{
    const QList<QStandardItem *> items = m_model->findItems(role);
    if (items.isEmpty() || (items.first()->checkState() == Qt::Checked) == checked)
        return;
    toggle(items.first()->row());
}

void ProjectRoleCombo::toggle(int row)
{
    QStandardItem *item = m_model->item(row);
    if (!item)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    if (checked && checkedRoles().size() == 1)
        return; // the last role stays: remove the member instead
    item->setCheckState(checked ? Qt::Unchecked : Qt::Checked);
    update();
    emit rolesChanged();
}

bool ProjectRoleCombo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const QModelIndex index = view()->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (index.isValid())
            toggle(index.row());
        return true;
    }
    return QComboBox::eventFilter(watched, event);
}

void ProjectRoleCombo::keyPressEvent(QKeyEvent *event)
{
    // A plain combo steps its current item with the arrow keys, and each step would toggle a role:
    // open the list instead, where Enter toggles the highlighted role.
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Space:
        showPopup();
        return;
    default:
        QComboBox::keyPressEvent(event);
    }
}

void ProjectRoleCombo::wheelEvent(QWheelEvent *event)
{
    // Scrolling the member list must not toggle the roles of the row under the pointer.
    event->ignore();
}

void ProjectRoleCombo::paintEvent(QPaintEvent *)
{
    // The closed combo shows every checked role, not the "current" item a plain combo would.
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText = checkedRoles().join(QStringLiteral(", "));
    option.currentIcon = QIcon();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace sd

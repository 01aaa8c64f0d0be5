#include "instancespanel.h"

#include "instanceactions.h"
#include "models/instancefilterproxy.h"
#include "widgets/actionbar.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"
#include "widgets/tableactions.h"

#include "engine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

InstancesPanel::InstancesPanel(Engine &engine, const RequestContext &ctx, InstanceModel::Scope scope,
                               QWidget *parent)
    : Panel(scope == InstanceModel::Scope::Admin ? tr("Admin › Compute") : tr("Project › Compute"),
            tr("Instances"), parent),
      m_model(new InstanceModel(engine, ctx, scope, this)), m_proxy(new InstanceFilterProxy(this)),
      m_view(new ResourceTable(this)), m_actions(new InstanceActions(engine, ctx, scope, this)),
      m_filter(new FilterEdit(m_proxy, this)), m_field(new QComboBox(this)),
      m_count(new ItemCountLabel(m_proxy, this)), m_ageTimer(new QTimer(this))
{
    const bool admin = scope == InstanceModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminInstancesPanel") : QStringLiteral("InstancesPanel"));
    m_proxy->setInstanceModel(m_model);
    m_proxy->sort(m_model->columnOf(admin ? InstanceModel::Project : InstanceModel::Name));

    // Horizon's filter: choose the field, then type; "Any field" matches all of them.
    m_field->setObjectName(QStringLiteral("FilterFieldCombo"));
    m_field->setToolTip(tr("Which field the filter matches"));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[field, label] : m_proxy->fields())
        m_field->addItem(label, int(field));
    connect(m_field, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setField(InstanceFilterProxy::Field(m_field->currentData().toInt())); });
    m_filter->setMinimumWidth(220);

    m_view->setObjectName(QStringLiteral("InstancesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(m_model->columnOf(admin ? InstanceModel::Project : InstanceModel::Name),
                         Qt::AscendingOrder);
    // Every column as wide as its contents (a stretched IP column was squeezed to nothing in the wide
    // admin table); the spare width goes to the last column, and a narrow window scrolls.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    attachTableActions(m_view, {m_actions->deleteAction()}, m_actions->menuActions());
    connect(m_view, &QAbstractItemView::doubleClicked, m_actions->detailsAction(), &QAction::trigger);

    auto *filters = new QWidget(this);
    auto *filtersLayout = new QHBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_field);
    filtersLayout->addWidget(m_filter);
    auto *bar = new ActionBar(filters, QStringLiteral("InstancesToolBar"), this);
    bar->addActions(m_actions->toolbarActions());
    // More Actions opens its menu on a click, as Horizon's dropdown.
    if (auto *more = qobject_cast<QToolButton *>(bar->widgetForAction(m_actions->moreAction())))
        more->setPopupMode(QToolButton::InstantPopup);

    body()->addWidget(bar);
    body()->addWidget(m_view, 1);
    body()->addWidget(m_count);

    connect(m_actions, &InstanceActions::notify, this, &Panel::notify);
    connect(m_actions, &InstanceActions::launched, this, &InstancesPanel::selectInstances);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstancesPanel::selectionChanged);
    // A state change moves the gates without the selection changing.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InstancesPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesPanel::selectionChanged);
    // Launches and deletions change what the quota leaves, and so Launch Instance.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_actions, &InstanceActions::updateLaunch);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_actions, &InstanceActions::updateLaunch);
    connect(&engine, &Engine::resourceChanged, m_actions, [this](const QString &kind) {
        if (kind == QLatin1String("project"))
            m_actions->updateLaunch();
    });
    // Ages move on without the engine saying anything: the column is repainted once a minute.
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_ageTimer->start();
    selectionChanged();
}

QList<Instance> InstancesPanel::selectedInstances() const
{
    QList<Instance> instances;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            instances.append(m_model->itemAt(row));
    }
    return instances;
}

void InstancesPanel::selectInstances(const QStringList &names)
{
    selectRowsByText(m_view, m_model->columnOf(InstanceModel::Name), names);
}

void InstancesPanel::selectionChanged()
{
    m_actions->setSelection(selectedInstances());
}

} // namespace sd

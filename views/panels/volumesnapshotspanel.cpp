#include "volumesnapshotspanel.h"

#include "models/tablefilterproxy.h"
#include "tablepane.h"
#include "volumesnapshotactions.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

VolumeSnapshotsPanel::VolumeSnapshotsPanel(Engine &engine, const RequestContext &ctx,
                                           VolumeSnapshotModel::Scope scope, QWidget *parent)
    : Panel(scope == VolumeSnapshotModel::Scope::Admin ? tr("Admin › Volume") : tr("Project › Volumes"),
            tr("Volume Snapshots"), parent),
      m_model(new VolumeSnapshotModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model,
                            scope == VolumeSnapshotModel::Scope::Admin
                                ? QStringLiteral("AdminVolumeSnapshots")
                                : QStringLiteral("VolumeSnapshots"),
                            this)),
      m_actions(new VolumeSnapshotActions(engine, ctx, scope, this))
{
    const bool admin = scope == VolumeSnapshotModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminVolumeSnapshotsPanel")
                        : QStringLiteral("VolumeSnapshotsPanel"));
    m_table->proxy()->setSortRole(VolumeSnapshotModel::SortRole);
    m_table->view()->sortByColumn(
        m_model->columnOf(admin ? VolumeSnapshotModel::Project : VolumeSnapshotModel::Name),
        Qt::AscendingOrder);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->columnOf(VolumeSnapshotModel::Description), QHeaderView::Stretch);
    connect(m_actions, &VolumeSnapshotActions::notify, this, &Panel::notify);
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedSnapshots()); });
    body()->addWidget(m_table, 1);
}

QList<VolumeSnapshot> VolumeSnapshotsPanel::selectedSnapshots() const
{
    QList<VolumeSnapshot> snapshots;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            snapshots.append(m_model->itemAt(row));
    return snapshots;
}

void VolumeSnapshotsPanel::selectSnapshots(const QStringList &names)
{
    selectRowsByText(m_table->view(), m_model->columnOf(VolumeSnapshotModel::Name), names);
}

} // namespace sd

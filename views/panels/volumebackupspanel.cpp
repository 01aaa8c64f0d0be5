#include "volumebackupspanel.h"

#include "models/tablefilterproxy.h"
#include "tablepane.h"
#include "volumebackupactions.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

VolumeBackupsPanel::VolumeBackupsPanel(Engine &engine, const RequestContext &ctx,
                                       VolumeBackupModel::Scope scope, QWidget *parent)
    : Panel(scope == VolumeBackupModel::Scope::Admin ? tr("Admin › Volume") : tr("Project › Volumes"),
            tr("Volume Backups"), parent),
      m_model(new VolumeBackupModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model,
                            scope == VolumeBackupModel::Scope::Admin ? QStringLiteral("AdminVolumeBackups")
                                                                     : QStringLiteral("VolumeBackups"),
                            this)),
      m_actions(new VolumeBackupActions(engine, ctx, this))
{
    const bool admin = scope == VolumeBackupModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminVolumeBackupsPanel") : QStringLiteral("VolumeBackupsPanel"));
    m_table->proxy()->setSortRole(VolumeBackupModel::SortRole);
    m_table->view()->sortByColumn(
        m_model->columnOf(admin ? VolumeBackupModel::Project : VolumeBackupModel::Name), Qt::AscendingOrder);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->columnOf(VolumeBackupModel::Description), QHeaderView::Stretch);
    connect(m_actions, &VolumeBackupActions::notify, this, &Panel::notify);
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedBackups()); });
    body()->addWidget(m_table, 1);
}

QList<VolumeBackup> VolumeBackupsPanel::selectedBackups() const
{
    QList<VolumeBackup> backups;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            backups.append(m_model->itemAt(row));
    return backups;
}

void VolumeBackupsPanel::selectBackups(const QStringList &names)
{
    selectRowsByText(m_table->view(), m_model->columnOf(VolumeBackupModel::Name), names);
}

} // namespace sd

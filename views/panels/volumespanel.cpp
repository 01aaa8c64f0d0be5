#include "volumespanel.h"

#include "models/tablefilterproxy.h"
#include "tablepane.h"
#include "volumeactions.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"

#include "engine.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

VolumesPanel::VolumesPanel(Engine &engine, const RequestContext &ctx, VolumeModel::Scope scope,
                           QWidget *parent)
    : Panel(scope == VolumeModel::Scope::Admin ? tr("Admin › Volume") : tr("Project › Volumes"),
            tr("Volumes"), parent),
      m_model(new VolumeModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model, QStringLiteral("Volumes"), this)),
      m_actions(new VolumeActions(engine, ctx, scope, this))
{
    const bool admin = scope == VolumeModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminVolumesPanel") : QStringLiteral("VolumesPanel"));
    // Sizes sort as numbers, not as "10 GiB" before "2 GiB".
    m_table->proxy()->setSortRole(VolumeModel::SortRole);
    m_table->proxy()->sort(m_model->columnOf(admin ? VolumeModel::Project : VolumeModel::Name));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    // Every column as wide as its contents; the spare width goes to the last one.
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    body()->addWidget(m_table, 1);

    connect(m_actions, &VolumeActions::notify, this, &Panel::notify);
    connect(m_actions, &VolumeActions::volumeAdded, this,
            [this](const QString &name) { selectVolumes({name}); });
    // TablePane also repeats the selection when a selected row changes (its status moves the gates).
    connect(m_table, &TablePane::selectionChanged, this, &VolumesPanel::selectionChanged);
    // Creates and deletes change what the quota leaves, and so Create Volume and Create Snapshot.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_actions, &VolumeActions::updateQuota);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_actions, &VolumeActions::updateQuota);
    connect(&engine, &Engine::resourceChanged, m_actions, [this](const QString &kind) {
        // A new limit, a resized volume or a snapshot taken or removed moves the quota.
        if (kind == QLatin1String("project") || kind == QLatin1String("volume") ||
            kind == QLatin1String("volume_snapshot"))
            m_actions->updateQuota();
    });
    connect(&engine, &Engine::resourceRemoved, m_actions, [this](const QString &kind) {
        // A snapshot gone may let its volume be deleted.
        if (kind == QLatin1String("volume_snapshot"))
            m_actions->updateQuota();
    });
    selectionChanged();
}

QList<Volume> VolumesPanel::selectedVolumes() const
{
    QList<Volume> volumes;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            volumes.append(m_model->itemAt(row));
    return volumes;
}

void VolumesPanel::selectVolumes(const QStringList &names)
{
    selectRowsByText(m_table->view(), m_model->columnOf(VolumeModel::Name), names);
}

void VolumesPanel::selectionChanged()
{
    m_actions->setSelection(selectedVolumes());
}

} // namespace sd

#include "volumetypespanel.h"

#include "models/volumetypemodel.h"
#include "tablepane.h"
#include "volumetypeactions.h"
#include "widgets/resourcetable.h"

#include <QAction>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

VolumeTypesPanel::VolumeTypesPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Admin › Volume"), tr("Volume Types"), parent),
      m_model(new VolumeTypeModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("VolumeTypes"), this)),
      m_actions(new VolumeTypeActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("VolumeTypesPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VolumeTypeModel::ExtraSpecs, QHeaderView::Stretch);
    connect(m_table->view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_actions->editAction()->isVisible())
            m_actions->editAction()->trigger();
    });
    connect(m_actions, &VolumeTypeActions::notify, this, &Panel::notify);
    connect(m_actions, &VolumeTypeActions::volumeTypeCreated, this,
            [this](const QString &name) { m_table->selectByName({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedTypes()); });
    body()->addWidget(m_table, 1);
}

QList<VolumeType> VolumeTypesPanel::selectedTypes() const
{
    QList<VolumeType> types;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            types.append(m_model->itemAt(row));
    return types;
}

} // namespace sd

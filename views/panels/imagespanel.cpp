#include "imagespanel.h"

#include "imageactions.h"
#include "models/imagefilterproxy.h"
#include "widgets/actionbar.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/resourcetable.h"
#include "widgets/rowselection.h"
#include "widgets/tableactions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace sd {

namespace {
using Quick = ImageFilterProxy::Quick;

void addQuickFilters(QComboBox *combo, ImageModel::Scope scope)
{
    combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "All images"), int(Quick::All));
    // Horizon's project facets; an administrator looks at the whole cloud by visibility instead.
    if (scope == ImageModel::Scope::Project) {
        combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Project"), int(Quick::Project));
        combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Shared with Project"),
                       int(Quick::SharedWithProject));
    } else {
        combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Private"), int(Quick::Private));
        combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Shared"), int(Quick::Shared));
    }
    combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Public"), int(Quick::Public));
    combo->addItem(QCoreApplication::translate("sd::ImagesPanel", "Community"), int(Quick::Community));
}
} // namespace

ImagesPanel::ImagesPanel(Engine &engine, const RequestContext &ctx, ImageModel::Scope scope, QWidget *parent)
    : Panel(scope == ImageModel::Scope::Admin ? tr("Admin › Compute") : tr("Project › Compute"), tr("Images"),
            parent),
      m_model(new ImageModel(engine, ctx, scope, this)), m_proxy(new ImageFilterProxy(ctx.projectId, this)),
      m_view(new ResourceTable(this)), m_actions(new ImageActions(engine, ctx, this)),
      m_filter(new FilterEdit(m_proxy, this)), m_quick(new QComboBox(this)),
      m_count(new ItemCountLabel(m_proxy, this))
{
    const bool admin = scope == ImageModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminImagesPanel") : QStringLiteral("ImagesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(m_model->columnOf(admin ? ImageModel::Owner : ImageModel::Name));

    m_quick->setObjectName(QStringLiteral("QuickFilterCombo"));
    m_quick->setToolTip(tr("Which images to list"));
    m_quick->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setMinimumWidth(240);
    addQuickFilters(m_quick, scope);
    connect(m_quick, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setQuick(Quick(m_quick->currentData().toInt())); });

    m_view->setObjectName(QStringLiteral("ImagesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The name takes the spare width; the size stays narrow at the end.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(m_model->columnOf(ImageModel::Name),
                                                     QHeaderView::Stretch);
    attachTableActions(m_view, m_actions->toolbarActions(), m_actions->menuActions());
    connect(m_view, &QAbstractItemView::doubleClicked, m_actions->detailsAction(), &QAction::trigger);

    // Filter and quick filter on the left, actions on the right, as in Horizon's table header.
    auto *filters = new QWidget(this);
    auto *filtersLayout = new QHBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_filter);
    filtersLayout->addWidget(m_quick);
    auto *bar = new ActionBar(filters, QStringLiteral("ImagesToolBar"), this);
    bar->addActions(m_actions->toolbarActions());

    body()->addWidget(bar);
    body()->addWidget(m_view, 1);
    body()->addWidget(m_count);

    connect(m_actions, &ImageActions::notify, this, &Panel::notify);
    connect(m_actions, &ImageActions::creationStarted, this,
            [this](const QString &, const QString &name) { selectImages({name}); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPanel::selectionChanged);
    // An image's change (status, protection, visibility) moves the gates without the selection changing.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImagesPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesPanel::selectionChanged);
    selectionChanged();
}

QList<Image> ImagesPanel::selectedImages() const
{
    QList<Image> images;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            images.append(m_model->itemAt(row));
    }
    return images;
}

void ImagesPanel::selectImages(const QStringList &names)
{
    selectRowsByText(m_view, m_model->columnOf(ImageModel::Name), names);
}

void ImagesPanel::selectionChanged()
{
    m_actions->setSelection(selectedImages());
}

} // namespace sd

#include "imagefilterproxy.h"

#include "imagemodel.h"

namespace sd {

ImageFilterProxy::ImageFilterProxy(const QString &projectId, QObject *parent)
    : TableFilterProxy(parent), m_projectId(projectId)
{
    setSortRole(ImageModel::SortRole);
}

void ImageFilterProxy::setQuick(Quick quick)
{
    if (quick == m_quick)
        return;
    m_quick = quick;
    invalidateFilter();
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto visibility = ImageVisibility(index.data(ImageModel::VisibilityRole).toInt());
    const bool own = index.data(ImageModel::OwnerIdRole).toString() == m_projectId;
    bool accepted = true;
    switch (m_quick) {
    case Quick::All:
        break;
    case Quick::Project:
        accepted = own;
        break;
    case Quick::SharedWithProject:
        // The model holds another project's shared image only when this project is one of its members.
        accepted = visibility == ImageVisibility::Shared && !own;
        break;
    case Quick::Public:
        accepted = visibility == ImageVisibility::Public;
        break;
    case Quick::Private:
        accepted = visibility == ImageVisibility::Private;
        break;
    case Quick::Shared:
        accepted = visibility == ImageVisibility::Shared;
        break;
    case Quick::Community:
        accepted = visibility == ImageVisibility::Community;
        break;
    }
    return accepted && TableFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace sd

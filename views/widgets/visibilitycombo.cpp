#include "visibilitycombo.h"

#include "models/imagemodel.h"

namespace sd {

VisibilityCombo::VisibilityCombo(bool allowPublic, QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("VisibilityCombo"));
    add(ImageVisibility::Private);
    add(ImageVisibility::Shared);
    add(ImageVisibility::Community);
    if (allowPublic)
        add(ImageVisibility::Public);
    // The selected entry's explanation stays on the combo, where the user looks.
    auto explain = [this] { setToolTip(currentData(Qt::ToolTipRole).toString()); };
    connect(this, &QComboBox::currentIndexChanged, this, explain);
    explain();
}

void VisibilityCombo::add(ImageVisibility visibility)
{
    QString help;
    switch (visibility) {
    case ImageVisibility::Private:
        help = tr("Only the owning project can see and use the image");
        break;
    case ImageVisibility::Shared:
        help = tr("The owning project and the projects added with Manage Members");
        break;
    case ImageVisibility::Community:
        help = tr("Every project can use the image; it is listed under Community, not Public");
        break;
    case ImageVisibility::Public:
        help = tr("Every project sees and can use the image (administrators only)");
        break;
    }
    addItem(ImageModel::visibilityText(visibility), int(visibility));
    setItemData(count() - 1, help, Qt::ToolTipRole);
}

void VisibilityCombo::select(ImageVisibility visibility)
{
    if (!offers(visibility))
        add(visibility);
    setCurrentIndex(findData(int(visibility)));
}

} // namespace sd

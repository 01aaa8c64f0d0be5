#pragma once

#include "image/image.h"

#include <QComboBox>

namespace sd {

// Glance's visibilities in the order of Horizon's Image Sharing: Private, Shared, Community and, for
// those the policy lets publicize, Public. Each entry's tooltip says who can use the image.
class VisibilityCombo : public QComboBox
{
    Q_OBJECT

public:
    VisibilityCombo(bool allowPublic, QWidget *parent = nullptr);

    ImageVisibility visibility() const { return ImageVisibility(currentData().toInt()); }
    // Selects the visibility; Public is added for an image that is public already, so editing its other
    // fields keeps it public.
    void select(ImageVisibility visibility);
    bool offers(ImageVisibility visibility) const { return findData(int(visibility)) >= 0; }

private:
    void add(ImageVisibility visibility);
};

} // namespace sd

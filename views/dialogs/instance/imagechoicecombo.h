#pragma once

#include "core/requestcontext.h"
#include "image/image.h"

#include <QComboBox>

namespace sd {

class Engine;

// The active images the project may boot, "name (format, size)", for the Rescue and Rebuild forms.
// The first entry may stand for a default ("The instance's own image (cirros)"), whose id is empty.
class ImageChoiceCombo : public QComboBox
{
    Q_OBJECT

public:
    ImageChoiceCombo(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    void addDefaultEntry(const QString &label);
    // The chosen image's id; empty for the default entry or when there is no image.
    QString imageId() const;
    const Image *currentImage() const;
    bool select(const QString &imageId);

private:
    QList<Image> m_images;
};

} // namespace sd

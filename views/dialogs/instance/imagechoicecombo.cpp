#include "imagechoicecombo.h"

#include "units.h"

#include "engine.h"
#include "image/imageservice.h"

namespace sd {

ImageChoiceCombo::ImageChoiceCombo(Engine &engine, const RequestContext &ctx, QWidget *parent) : QComboBox(parent)
{
    ImageFilter filter;
    filter.status = ImageStatus::Active;
    filter.projectScope = true;
    if (auto images = engine.images().list(ctx, filter))
        m_images = *images;
    std::sort(m_images.begin(), m_images.end(),
              [](const Image &a, const Image &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Image &image : m_images)
        addItem(tr("%1 (%2, %3)").arg(image.name, image.diskFormat.toUpper(), Units::bytes(image.size)),
                image.id);
}

void ImageChoiceCombo::addDefaultEntry(const QString &label)
{
    insertItem(0, label, QString());
    setCurrentIndex(0);
}

QString ImageChoiceCombo::imageId() const
{
    return currentData().toString();
}

const Image *ImageChoiceCombo::currentImage() const
{
    const QString id = imageId();
    for (const Image &image : m_images)
        if (image.id == id)
            return &image;
    return nullptr;
}

bool ImageChoiceCombo::select(const QString &imageId)
{
    const int index = findData(imageId);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

} // namespace sd

#pragma once

#include "image/image.h"
#include "launchpage.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 2 "Source": the image to boot from. Boot from a volume (and from a snapshot of
// one) comes with block storage; the page says so instead of offering a choice that cannot work. Only
// active images the project can use are listed; one that cannot boot (not qcow2 or raw) is greyed out
// with the engine's reason.
class SourcePage : public LaunchPage
{
    Q_OBJECT

public:
    SourcePage(const QList<Image> &images, const QString &preselectedImageId, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    // The chosen image; nullptr when none is.
    const Image *image() const;

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    QList<Image> m_images;
    ChoiceTable *m_table;
};

} // namespace sd

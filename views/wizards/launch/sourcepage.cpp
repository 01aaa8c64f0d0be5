#include "sourcepage.h"

#include "choicetable.h"
#include "models/imagemodel.h"
#include "units.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sd {

SourcePage::SourcePage(const QList<Image> &images, const QString &preselectedImageId, QWidget *parent)
    : LaunchPage(tr("Source"),
                 tr("Instance source is the template used to create an instance. Choose the image to boot "
                    "from; the instance's root disk is a copy-on-write overlay on it."),
                 parent)
{
    // Made here, not in the initializer list: lupdate loses the class context after a braced list there.
    m_table = new ChoiceTable({tr("Name"), tr("Updated"), tr("Size"), tr("Format"), tr("Visibility")},
                              ChoiceTable::Mode::Single, this);
    setObjectName(QStringLiteral("SourcePage"));
    auto *boot = new QLabel(tr("Select Boot Source: <b>Image</b>. Booting from a volume or a volume snapshot "
                               "comes with block storage (volumes are not in StackDesk yet)."),
                            this);
    boot->setObjectName(QStringLiteral("BootSourceLabel"));
    boot->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("ImageTable"));
    for (const Image &image : images) {
        if (image.status != ImageStatus::Active)
            continue;
        m_images.append(image);
        const bool bootable =
            image.diskFormat == QLatin1String("qcow2") || image.diskFormat == QLatin1String("raw");
        m_table->addChoice(image.id,
                           {image.name,
                            QLocale().toString(image.updatedAt.toLocalTime(), QLocale::ShortFormat),
                            Units::bytes(image.size), ImageModel::formatText(image.diskFormat),
                            ImageModel::visibilityText(image.visibility)},
                           bootable ? QString()
                                    : tr("Image %1 is %2: instances boot from qcow2 or raw images")
                                          .arg(image.name, image.diskFormat));
    }
    m_table->sortItems(0, Qt::AscendingOrder);
    content()->addWidget(boot);
    content()->addWidget(new QLabel(tr("Available images:"), this));
    content()->addWidget(m_table, 1);
    connect(m_table, &ChoiceTable::changed, this, &SourcePage::update);
    if (const QString reasons = m_table->reasonsText(); !reasons.isEmpty())
        setNotes(tr("Greyed out:\n%1").arg(reasons));
    if (!preselectedImageId.isEmpty())
        m_table->choose({preselectedImageId});
    update();
}

const Image *SourcePage::image() const
{
    const QString id = m_table->chosen().value(0);
    for (const Image &image : m_images)
        if (image.id == id)
            return &image;
    return nullptr;
}

QString SourcePage::problem() const
{
    if (m_images.isEmpty())
        return tr("The project can use no active image; upload one in Project › Compute › Images");
    return image() ? QString() : tr("Choose the image to boot from");
}

void SourcePage::contribute(LaunchSpec &spec) const
{
    spec.image = image() ? image()->id : QString();
}

} // namespace sd

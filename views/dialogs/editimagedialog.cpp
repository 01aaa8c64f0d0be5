#include "editimagedialog.h"

#include "models/imagemodel.h"
#include "widgets/visibilitycombo.h"

#include "engine.h"
#include "identity/policy.h"
#include "image/imageservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace sd {

namespace {
const QString kDescription = QStringLiteral("description");
const QString kArchitecture = QStringLiteral("architecture");

// The property as a field edits it: set when the text is not empty, unset when it was there and is cleared.
void changeProperty(ImageUpdate &change, const Image &image, const QString &key, const QString &text)
{
    if (text == image.properties.value(key))
        return;
    if (!text.isEmpty())
        change.setProperties.insert(key, text);
    else if (image.properties.contains(key))
        change.unsetProperties.append(key);
}
} // namespace

EditImageDialog::EditImageDialog(Engine &engine, const RequestContext &ctx, const Image &image,
                                 QWidget *parent)
    : FormDialog(tr("Edit Image %1").arg(image.name), tr("Save"), parent), m_engine(engine), m_ctx(ctx),
      m_image(image), m_name(new QLineEdit(image.name, this)),
      m_description(new QLineEdit(image.properties.value(kDescription), this)),
      m_format(new QLabel(ImageModel::formatText(image.diskFormat), this)),
      m_architecture(new QLineEdit(image.properties.value(kArchitecture), this)),
      m_minDisk(new QSpinBox(this)), m_minRam(new QSpinBox(this)),
      m_visibility(new VisibilityCombo(engine.policy().allows(ctx, QStringLiteral("image:publicize")), this)),
      m_protected(new QCheckBox(tr("Protected: cannot be deleted until this is cleared"), this))
{
    setObjectName(QStringLiteral("EditImageDialog"));
    m_name->setObjectName(QStringLiteral("ImageNameEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_format->setObjectName(QStringLiteral("FormatLabel"));
    m_format->setToolTip(tr("The format of the uploaded data; upload a new image to change it"));
    m_architecture->setObjectName(QStringLiteral("ArchitectureEdit"));
    m_architecture->setPlaceholderText(tr("Optional, e.g. x86_64 or aarch64"));
    m_minDisk->setObjectName(QStringLiteral("MinDiskSpin"));
    m_minDisk->setRange(0, 1024 * 1024);
    m_minDisk->setSuffix(tr(" GB"));
    m_minDisk->setSpecialValueText(tr("No minimum"));
    m_minDisk->setValue(int(image.minDiskGb));
    m_minRam->setObjectName(QStringLiteral("MinRamSpin"));
    m_minRam->setRange(0, 16 * 1024 * 1024);
    m_minRam->setSuffix(tr(" MB"));
    m_minRam->setSpecialValueText(tr("No minimum"));
    m_minRam->setValue(int(image.minRamMb));
    m_visibility->select(image.visibility);
    m_protected->setObjectName(QStringLiteral("ProtectedCheck"));
    m_protected->setChecked(image.isProtected);

    form()->addRow(tr("Image Name *"), m_name);
    form()->addRow(tr("Image Description"), m_description);
    form()->addRow(tr("Format"), m_format);
    form()->addRow(tr("Architecture"), m_architecture);
    form()->addRow(tr("Minimum Disk"), m_minDisk);
    form()->addRow(tr("Minimum RAM"), m_minRam);
    form()->addRow(tr("Visibility"), m_visibility);
    form()->addRow(QString(), m_protected);
    for (QLineEdit *edit : {m_name, m_description, m_architecture})
        connect(edit, &QLineEdit::textChanged, this, &EditImageDialog::updateOk);
    updateOk();
}

QString EditImageDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Image Name: enter a name for the image.");
    const QString architecture = m_architecture->text().trimmed();
    if (!architecture.isEmpty())
        if (auto valid = ImageService::validateProperty(kArchitecture, architecture); !valid)
            return tr("Architecture: %1").arg(valid.error().message);
    return {};
}

bool EditImageDialog::submit()
{
    ImageUpdate change;
    if (m_name->text().trimmed() != m_image.name)
        change.name = m_name->text().trimmed();
    if (m_minDisk->value() != m_image.minDiskGb)
        change.minDiskGb = m_minDisk->value();
    if (m_minRam->value() != m_image.minRamMb)
        change.minRamMb = m_minRam->value();
    if (m_visibility->visibility() != m_image.visibility)
        change.visibility = m_visibility->visibility();
    if (m_protected->isChecked() != m_image.isProtected)
        change.isProtected = m_protected->isChecked();
    changeProperty(change, m_image, kDescription, m_description->text().trimmed());
    changeProperty(change, m_image, kArchitecture, m_architecture->text().trimmed());
    auto result = m_engine.images().update(m_ctx.withNewRequestId(), m_image.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

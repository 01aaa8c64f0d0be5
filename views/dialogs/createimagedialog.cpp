#include "createimagedialog.h"

#include "imagefilecheck.h"
#include "models/imagemodel.h"
#include "propertylines.h"
#include "units.h"
#include "widgets/visibilitycombo.h"

#include "engine.h"
#include "identity/policy.h"
#include "image/imagedownloader.h"
#include "image/imageservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

namespace sd {

namespace {
const QString kDescription = QStringLiteral("description");
const QString kArchitecture = QStringLiteral("architecture");

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("SectionTitle"));
    return label;
}
} // namespace

CreateImageDialog::CreateImageDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Image"), tr("Create Image"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_sourceType(new QComboBox(this)),
      m_fileRow(new QWidget(this)), m_file(new QLineEdit(m_fileRow)),
      m_browse(new QPushButton(tr("Browse…"), m_fileRow)), m_url(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_detected(new QLabel(this)), m_refused(new QLabel(this)),
      m_architecture(new QLineEdit(this)), m_minDisk(new QSpinBox(this)), m_minRam(new QSpinBox(this)),
      m_visibility(new VisibilityCombo(engine.policy().allows(ctx, QStringLiteral("image:publicize")), this)),
      m_protected(new QCheckBox(tr("Protected: cannot be deleted until this is cleared"), this)),
      m_metadata(new QPlainTextEdit(this)), m_check(new ImageFileCheck(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("CreateImageDialog"));
    setMinimumWidth(620);
    setIntro(tr("Upload a disk image from this computer or have StackDesk download it. The file is checked "
                "before it is stored: images that point at other files are refused."));

    m_name->setObjectName(QStringLiteral("ImageNameEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_sourceType->setObjectName(QStringLiteral("SourceTypeCombo"));
    m_sourceType->addItem(tr("File"));
    m_sourceType->addItem(tr("URL"));
    m_file->setObjectName(QStringLiteral("FileEdit"));
    m_file->setPlaceholderText(tr("Path of a disk image on this computer"));
    m_browse->setObjectName(QStringLiteral("BrowseButton"));
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    m_url->setObjectName(QStringLiteral("UrlEdit"));
    m_url->setPlaceholderText(tr("https://cloud-images.example.org/disk.qcow2"));

    m_format->setObjectName(QStringLiteral("FormatCombo"));
    m_format->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_format->addItem(tr("Detect automatically"), QString());
    for (const char *format : {"raw", "qcow2", "iso", "vdi", "vhd", "vhdx", "vmdk"})
        m_format->addItem(ImageModel::formatText(QLatin1String(format)), QLatin1String(format));
    m_detected->setObjectName(QStringLiteral("HintLabel"));
    m_refused->setObjectName(QStringLiteral("FieldError"));
    for (QLabel *label : {m_detected, m_refused}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
    }
    auto *formatRow = new QWidget(this);
    auto *formatLayout = new QHBoxLayout(formatRow);
    formatLayout->setContentsMargins(0, 0, 0, 0);
    formatLayout->addWidget(m_format);
    formatLayout->addWidget(m_detected, 1);
    formatLayout->addWidget(m_refused, 1);
    formatLayout->addStretch(); // keeps the combo at the left while nothing is shown beside it

    m_architecture->setObjectName(QStringLiteral("ArchitectureEdit"));
    m_architecture->setPlaceholderText(tr("Optional, e.g. x86_64 or aarch64"));
    m_minDisk->setObjectName(QStringLiteral("MinDiskSpin"));
    m_minDisk->setRange(0, 1024 * 1024);
    m_minDisk->setSuffix(tr(" GB"));
    m_minDisk->setSpecialValueText(tr("No minimum"));
    m_minDisk->setToolTip(tr("The smallest root disk a flavor needs to boot this image; 0: no minimum"));
    m_minRam->setObjectName(QStringLiteral("MinRamSpin"));
    m_minRam->setRange(0, 16 * 1024 * 1024);
    m_minRam->setSuffix(tr(" MB"));
    m_minRam->setSpecialValueText(tr("No minimum"));
    m_minRam->setToolTip(tr("The least RAM a flavor needs to boot this image; 0: no minimum"));
    m_protected->setObjectName(QStringLiteral("ProtectedCheck"));
    m_metadata->setObjectName(QStringLiteral("MetadataEdit"));
    m_metadata->setPlaceholderText(
        tr("Optional, one key=value per line, e.g.\nos_distro=debian\nhw_disk_bus=virtio"));
    m_metadata->setTabChangesFocus(true);
    m_metadata->setFixedHeight(m_metadata->fontMetrics().lineSpacing() * 4 + 12);
    if (!m_visibility->offers(ImageVisibility::Public))
        m_visibility->setToolTip(m_visibility->toolTip() + QLatin1Char('\n') +
                                 tr("Only an administrator can make an image public."));

    form()->addRow(sectionTitle(tr("Image Details"), this));
    form()->addRow(tr("Image Name *"), m_name);
    form()->addRow(tr("Image Description"), m_description);
    form()->addRow(sectionTitle(tr("Image Source"), this));
    form()->addRow(tr("Source Type"), m_sourceType);
    form()->addRow(tr("File *"), m_fileRow);
    form()->addRow(tr("Location URL *"), m_url);
    form()->addRow(tr("Format"), formatRow);
    form()->addRow(sectionTitle(tr("Image Requirements"), this));
    form()->addRow(tr("Architecture"), m_architecture);
    form()->addRow(tr("Minimum Disk"), m_minDisk);
    form()->addRow(tr("Minimum RAM"), m_minRam);
    form()->addRow(sectionTitle(tr("Image Sharing"), this));
    form()->addRow(tr("Visibility"), m_visibility);
    form()->addRow(QString(), m_protected);
    form()->addRow(sectionTitle(tr("Metadata"), this));
    form()->addRow(tr("Properties"), m_metadata);

    // A typed path is checked once the typing pauses, not at every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, [this] { m_check->start(m_file->text().trimmed()); });
    connect(m_file, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_file, &QLineEdit::textChanged, this, &CreateImageDialog::updateOk);
    connect(m_browse, &QPushButton::clicked, this, &CreateImageDialog::browse);
    connect(m_check, &ImageFileCheck::changed, this, &CreateImageDialog::showDetection);
    connect(m_sourceType, &QComboBox::currentIndexChanged, this, &CreateImageDialog::showSource);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    for (QLineEdit *edit : {m_name, m_url, m_architecture, m_description})
        connect(edit, &QLineEdit::textChanged, this, &CreateImageDialog::updateOk);
    connect(m_format, &QComboBox::currentIndexChanged, this, &CreateImageDialog::updateOk);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &CreateImageDialog::updateOk);
    showSource();
}

bool CreateImageDialog::fromFile() const
{
    return m_sourceType->currentIndex() == 0;
}

void CreateImageDialog::showSource()
{
    form()->setRowVisible(m_fileRow, fromFile());
    form()->setRowVisible(m_url, !fromFile());
    showDetection();
}

void CreateImageDialog::browse()
{
    const QString start = m_file->text().trimmed().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                              : QFileInfo(m_file->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Image File"), start,
        tr("Disk images (*.qcow2 *.img *.raw *.iso *.vdi *.vhd *.vhdx *.vmdk);;All files (*)"));
    if (!path.isEmpty())
        chooseFile(path);
}

void CreateImageDialog::chooseFile(const QString &path)
{
    m_sourceType->setCurrentIndex(0);
    m_file->setText(path);
    m_typing->stop();
    m_check->start(path.trimmed());
    // Horizon fills the name from the file; the user's own name wins.
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
}

QString CreateImageDialog::detectedText() const
{
    if (!m_refused->isHidden())
        return m_refused->text();
    return m_detected->isHidden() ? QString() : m_detected->text();
}

bool CreateImageDialog::detectionRefused() const
{
    return m_check->result() && !m_check->result()->ok();
}

void CreateImageDialog::showDetection()
{
    const auto &result = m_check->result();
    const bool shown = fromFile() && !m_check->path().isEmpty();
    const bool refused = shown && result && !result->ok();
    m_refused->setVisible(refused);
    m_detected->setVisible(shown && !refused);
    if (refused)
        m_refused->setText(result->error().message);
    else if (shown && result)
        m_detected->setText(tr("Detected: %1, virtual size %2 (%3 file)")
                                .arg(ImageModel::formatText((*result)->format),
                                     Units::bytes((*result)->virtualSize), Units::bytes((*result)->size)));
    else if (shown)
        m_detected->setText(tr("Checking the file…"));
    if (refused)
        m_refused->setToolTip(result->error().details);
    updateOk();
}

CreateImageDialog::Problem CreateImageDialog::findProblem() const
{
    if (m_name->text().trimmed().isEmpty())
        return {tr("Image Name: enter a name for the image."), !m_nameTouched};
    if (fromFile()) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            return {tr("File: choose the image file with Browse…"), true};
        if (m_typing->isActive() || m_check->isRunning() || m_check->path() != path)
            return {tr("File: wait until the file has been checked."), true};
        const auto &result = m_check->result();
        if (result && !result->ok())
            return {tr("File: %1").arg(result->error().message), true}; // red beside Format already
        const QString declared = m_format->currentData().toString();
        if (result && !declared.isEmpty() && declared != (*result)->format)
            return {tr("Format: the file is %1, not %2; choose %1 or Detect automatically.")
                        .arg(ImageModel::formatText((*result)->format), ImageModel::formatText(declared))};
    } else {
        const QString url = m_url->text().trimmed();
        if (url.isEmpty())
            return {tr("Location URL: enter the http:// or https:// address of the image."), true};
        if (auto valid = ImageDownloader::validateUrl(QUrl::fromUserInput(url)); !valid)
            return {valid.error().message}; // names the URL already
    }
    const PropertyLines lines =
        PropertyLines::parse(m_metadata->toPlainText(), {kDescription, kArchitecture});
    if (!lines.problem.isEmpty())
        return {lines.problem};
    const QString architecture = m_architecture->text().trimmed();
    if (!architecture.isEmpty())
        if (auto valid = ImageService::validateProperty(kArchitecture, architecture); !valid)
            return {tr("Architecture: %1").arg(valid.error().message)};
    return {};
}

QString CreateImageDialog::problem() const
{
    return findProblem().text;
}

QString CreateImageDialog::visibleProblem() const
{
    const Problem p = findProblem();
    return p.quiet ? QString() : p.text;
}

bool CreateImageDialog::submit()
{
    ImageSpec spec;
    spec.name = m_name->text().trimmed();
    spec.diskFormat = m_format->currentData().toString();
    spec.minDiskGb = m_minDisk->value();
    spec.minRamMb = m_minRam->value();
    spec.visibility = m_visibility->visibility();
    spec.isProtected = m_protected->isChecked();
    spec.properties = PropertyLines::parse(m_metadata->toPlainText()).properties;
    if (!m_description->text().trimmed().isEmpty())
        spec.properties.insert(kDescription, m_description->text().trimmed());
    if (!m_architecture->text().trimmed().isEmpty())
        spec.properties.insert(kArchitecture, m_architecture->text().trimmed());
    if (fromFile())
        spec.sourceFile = m_file->text().trimmed();
    else
        spec.sourceUrl = QUrl::fromUserInput(m_url->text().trimmed());
    auto task = m_engine.images().create(m_ctx.withNewRequestId(), spec);
    if (!task) {
        showError(task.error());
        return false;
    }
    emit creationStarted(*task, spec.name);
    return true;
}

} // namespace sd

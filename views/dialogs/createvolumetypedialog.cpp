#include "createvolumetypedialog.h"

#include "extraspeclines.h"
#include "models/volumetypemodel.h"

#include "engine.h"
#include "tasks/taskrunner.h"
#include "volume/volumestorage.h"
#include "volume/volumetypeservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sd {

CreateVolumeTypeDialog::CreateVolumeTypeDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Volume Type"), tr("Create Volume Type"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_poolType(new QComboBox(this)),
      m_optionsBox(new QWidget(this)), m_optionsForm(new QFormLayout(m_optionsBox)),
      m_public(new QCheckBox(tr("Every project may create volumes of this type"), this)),
      m_extraSpecs(new QPlainTextEdit(this)), m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("CreateVolumeTypeDialog"));
    setMinimumWidth(600);
    setIntro(
        tr("A volume type is a storage backend: a libvirt storage pool of the chosen type on every host, "
           "defined there when its first volume lands. Volumes of a shared type (NFS, iSCSI, RBD) attach "
           "to instances on any host; the others to instances on their own host."));

    m_name->setObjectName(QStringLiteral("VolumeTypeNameEdit"));
    form()->addRow(tr("Name *"), m_name);
    m_description->setObjectName(QStringLiteral("VolumeTypeDescriptionEdit"));
    form()->addRow(tr("Description"), m_description);
    m_poolType->setObjectName(QStringLiteral("PoolTypeCombo"));
    for (const QString &name : poolTypeNames())
        if (auto type = poolTypeFromName(name))
            m_poolType->addItem(VolumeTypeModel::poolTypeLabel(*type), name);
    form()->addRow(tr("Pool Type *"), m_poolType);
    m_optionsBox->setObjectName(QStringLiteral("PoolOptionsBox"));
    m_optionsForm->setContentsMargins(0, 0, 0, 0);
    m_optionsForm->setLabelAlignment(Qt::AlignRight);
    m_optionsForm->setHorizontalSpacing(12);
    m_optionsForm->setVerticalSpacing(8);
    form()->addRow(m_optionsBox);
    m_public->setObjectName(QStringLiteral("VolumeTypePublicCheck"));
    m_public->setChecked(true);
    form()->addRow(tr("Public"), m_public);
    m_extraSpecs->setObjectName(QStringLiteral("VolumeTypeExtraSpecsEdit"));
    m_extraSpecs->setPlaceholderText(tr("one key=value a line, e.g. volume_backend_name=fast"));
    m_extraSpecs->setTabChangesFocus(true);
    m_extraSpecs->setMaximumHeight(80);
    form()->addRow(tr("Extra Specs"), m_extraSpecs);
    m_progress->setObjectName(QStringLiteral("HintLabel"));
    m_progress->setWordWrap(true);
    m_progress->setVisible(false);
    form()->addRow(m_progress);

    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeTypeDialog::updateOk);
    connect(m_description, &QLineEdit::textChanged, this, &CreateVolumeTypeDialog::updateOk);
    connect(m_poolType, &QComboBox::currentIndexChanged, this, [this] {
        showPoolOptions();
        updateOk();
    });
    connect(m_extraSpecs, &QPlainTextEdit::textChanged, this, &CreateVolumeTypeDialog::updateOk);
    connect(&engine.tasks(), &TaskRunner::taskFinished, this, &CreateVolumeTypeDialog::taskFinished);
    showPoolOptions();
    updateOk();
}

PoolType CreateVolumeTypeDialog::chosenPoolType() const
{
    return poolTypeFromName(m_poolType->currentData().toString()).value_or(PoolType::Dir);
}

void CreateVolumeTypeDialog::showPoolOptions()
{
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it)
        m_typed.insert(it.key(), it.value()->text());
    while (m_optionsForm->rowCount() > 0)
        m_optionsForm->removeRow(0);
    m_optionEdits.clear();
    m_required.clear();
    const PoolType type = chosenPoolType();
    for (const VolumeStorage::PoolOption &option : VolumeStorage::poolOptions(type)) {
        const QString key = QString::fromLatin1(option.key);
        auto *edit = new QLineEdit(m_typed.value(key), m_optionsBox);
        edit->setObjectName(QStringLiteral("PoolOption_") + key);
        // The engine's own words for what the field holds (QT_TR_NOOP in VolumeStorage).
        const QString hint = QCoreApplication::translate("sd::VolumeStorage", option.description);
        edit->setPlaceholderText(hint);
        edit->setToolTip(hint);
        if (key == QLatin1String("path") && type == PoolType::Dir && edit->text().isEmpty())
            edit->setText(QString::fromLatin1(VolumeTypeService::kDefaultPath));
        connect(edit, &QLineEdit::textChanged, this, &CreateVolumeTypeDialog::updateOk);
        m_optionsForm->addRow(option.required ? tr("%1 *").arg(key) : key, edit);
        m_optionEdits.insert(key, edit);
        if (option.required)
            m_required.insert(key);
    }
}

QMap<QString, QString> CreateVolumeTypeDialog::poolOptions() const
{
    QMap<QString, QString> options;
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            options.insert(it.key(), it.value()->text().trimmed());
    return options;
}

QString CreateVolumeTypeDialog::problem() const
{
    if (isPreparing())
        return tr("Preparing the pool on the hosts…");
    if (auto name = VolumeTypeService::validateName(m_name->text().trimmed()); !name)
        return name.error().message;
    const QMap<QString, QString> options = poolOptions();
    for (const QString &key : m_optionEdits.keys())
        if (m_required.contains(key) && !options.contains(key))
            return tr("Pool option %1: required for a %2 pool").arg(key, poolTypeName(chosenPoolType()));
    if (auto valid = VolumeStorage::validatePoolOptions(chosenPoolType(), options); !valid)
        return valid.error().message;
    if (const ExtraSpecLines specs = ExtraSpecLines::parse(m_extraSpecs->toPlainText());
        !specs.problem.isEmpty())
        return specs.problem;
    return {};
}

QString CreateVolumeTypeDialog::visibleProblem() const
{
    return isPreparing() ? QString() : problem();
}

bool CreateVolumeTypeDialog::submit()
{
    VolumeTypeSpec spec;
    spec.name = m_name->text().trimmed();
    spec.description = m_description->text().trimmed();
    spec.poolType = chosenPoolType();
    spec.poolOptions = poolOptions();
    spec.isPublic = m_public->isChecked();
    spec.extraSpecs = ExtraSpecLines::parse(m_extraSpecs->toPlainText()).specs;
    auto task = m_engine.volumeTypes().create(m_ctx.withNewRequestId(), spec);
    if (!task) {
        showError(task.error());
        return false;
    }
    if (task->isEmpty()) {
        emit volumeTypeCreated(spec.name);
        return true;
    }
    // The hosts check the pool (does the path exist, may libvirt write there?): wait for their answer
    // with the form kept, so a refusal can be corrected here.
    m_task = *task;
    m_createdName = spec.name;
    m_progress->setText(tr("Preparing the %1 pool on the hosts… (the Tasks dock shows it)").arg(spec.name));
    m_progress->setVisible(true);
    for (QWidget *w :
         QList<QWidget *>{m_name, m_description, m_poolType, m_optionsBox, m_public, m_extraSpecs})
        w->setEnabled(false);
    updateOk();
    // The task may have ended before this line ran.
    if (auto info = m_engine.tasks().task(m_task); info && info->isFinished())
        taskFinished(m_task);
    return false;
}

void CreateVolumeTypeDialog::taskFinished(const QString &taskId)
{
    if (m_task.isEmpty() || taskId != m_task)
        return;
    const auto info = m_engine.tasks().task(taskId);
    m_task.clear();
    m_progress->setVisible(false);
    for (QWidget *w :
         QList<QWidget *>{m_name, m_description, m_poolType, m_optionsBox, m_public, m_extraSpecs})
        w->setEnabled(true);
    updateOk();
    if (info && info->state == TaskState::Succeeded) {
        emit volumeTypeCreated(m_createdName);
        accept();
        return;
    }
    showError(info ? info->error : Error{ErrorCode::Internal, tr("The pool preparation task is gone"), {}});
}

} // namespace sd

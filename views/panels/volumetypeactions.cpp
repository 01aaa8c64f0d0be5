#include "volumetypeactions.h"

#include "dialogs/createvolumetypedialog.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/editvolumetypedialog.h"
#include "dialogs/metadatadialog.h"
#include "dialogs/volumetypeaccessdialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "volume/volumetypeservice.h"

#include <QAction>

namespace sd {

VolumeTypeActions::VolumeTypeActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Volume Type…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Volume Type…"), this)),
      m_extraSpecs(
          new QAction(Icons::get(QStringLiteral("action-metadata")), tr("View/Manage Extra Specs…"), this)),
      m_access(new QAction(Icons::get(QStringLiteral("project-members")), tr("Edit Access…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Volume Type…"), this))
{
    m_create->setObjectName(QStringLiteral("createVolumeTypeAction"));
    m_edit->setObjectName(QStringLiteral("editVolumeTypeAction"));
    m_extraSpecs->setObjectName(QStringLiteral("volumeTypeExtraSpecsAction"));
    m_access->setObjectName(QStringLiteral("volumeTypeAccessAction"));
    m_delete->setObjectName(QStringLiteral("deleteVolumeTypeAction"));
    m_create->setToolTip(tr("Create a storage backend: a libvirt pool of one type on every host"));
    m_create->setIconText(tr("Create…"));
    m_edit->setIconText(tr("Edit…"));
    m_extraSpecs->setIconText(tr("Extra Specs…"));
    m_access->setIconText(tr("Access…"));
    m_delete->setShortcut(QKeySequence::Delete);
    const Policy &policy = engine.policy();
    const bool update = policy.allows(ctx, QStringLiteral("volume_type:update"));
    m_create->setVisible(policy.allows(ctx, QStringLiteral("volume_type:create")));
    m_edit->setVisible(update);
    m_extraSpecs->setVisible(update);
    m_access->setVisible(policy.allows(ctx, QStringLiteral("volume_type:access")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("volume_type:delete")));
    connect(m_create, &QAction::triggered, this, &VolumeTypeActions::createType);
    connect(m_edit, &QAction::triggered, this, &VolumeTypeActions::editType);
    connect(m_extraSpecs, &QAction::triggered, this, &VolumeTypeActions::manageExtraSpecs);
    connect(m_access, &QAction::triggered, this, &VolumeTypeActions::editAccess);
    connect(m_delete, &QAction::triggered, this, &VolumeTypeActions::deleteTypes);
    updateEnabled();
}

void VolumeTypeActions::setSelection(const QList<VolumeType> &types)
{
    m_selection = types;
    updateEnabled();
}

void VolumeTypeActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const bool many = m_selection.size() > 1;
    m_edit->setEnabled(one);
    m_edit->setToolTip(one ? tr("Change the description of %1 and whether every project may use it")
                                 .arg(m_selection.first().name)
                           : tr("Select one volume type to edit"));
    m_extraSpecs->setEnabled(one);
    m_extraSpecs->setToolTip(
        one ? tr("Add, change or remove the extra specs of %1").arg(m_selection.first().name)
            : tr("Select one volume type"));
    const bool isPublic = one && m_selection.first().isPublic;
    m_access->setEnabled(one && !isPublic);
    m_access->setToolTip(
        !one ? tr("Choose the projects that may use a private volume type (one at a time)")
        : isPublic
            ? tr("Volume type %1 is public: every project may use it. Make it private "
                 "in Edit Volume Type first.")
                  .arg(m_selection.first().name)
            : tr("Choose the projects that may use private volume type %1").arg(m_selection.first().name));
    m_delete->setEnabled(!m_selection.isEmpty());
    m_delete->setText(many ? tr("Delete Volume Types…") : tr("Delete Volume Type…"));
    m_delete->setIconText(tr("Delete…"));
    m_delete->setToolTip(many ? tr("Delete the %1 selected volume types").arg(m_selection.size())
                              : tr("Delete the selected volume type and its pools on the hosts"));
}

std::optional<VolumeType> VolumeTypeActions::current()
{
    if (m_selection.size() != 1)
        return std::nullopt;
    auto type = m_engine.volumeTypes().show(m_ctx, m_selection.first().id);
    if (!type) {
        emit notify(type.error().message, type.error().details);
        return std::nullopt;
    }
    return *type;
}

void VolumeTypeActions::createType()
{
    auto *dialog = new CreateVolumeTypeDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateVolumeTypeDialog::volumeTypeCreated, this, &VolumeTypeActions::volumeTypeCreated);
    dialog->open();
}

void VolumeTypeActions::editType()
{
    const auto type = current();
    if (!type)
        return;
    auto *dialog = new EditVolumeTypeDialog(m_engine, m_ctx, *type, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VolumeTypeActions::manageExtraSpecs()
{
    const auto type = current();
    if (!type)
        return;
    const QString id = type->id;
    auto *dialog = new MetadataDialog(
        tr("Volume Type Extra Specs: %1").arg(type->name),
        tr("Extra specs describe the backend to the scheduler and to people (for example volume_backend_name "
           "or "
           "a tier). Volumes already made keep their data where it is."),
        type->extraSpecs,
        [](const QString &key, const QString &value) {
            auto valid = VolumeTypeService::validateExtraSpec(key, value);
            return valid ? QString() : valid.error().message;
        },
        m_dialogParent);
    dialog->setObjectName(QStringLiteral("VolumeTypeExtraSpecsDialog"));
    dialog->setApplier([this, id](const QMap<QString, QString> &changed, const QStringList &removed) {
        VolumeTypeUpdate change;
        change.setExtraSpecs = changed;
        // Remove only what is still there, so Save after a partial failure does not fail on the same key.
        if (auto now = m_engine.volumeTypes().show(m_ctx, id))
            for (const QString &key : removed)
                if (now->extraSpecs.contains(key))
                    change.unsetExtraSpecs << key;
        if (change.setExtraSpecs.isEmpty() && change.unsetExtraSpecs.isEmpty())
            return QString();
        auto result = m_engine.volumeTypes().update(m_ctx.withNewRequestId(), id, change);
        return result ? QString() : result.error().message;
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VolumeTypeActions::editAccess()
{
    const auto type = current();
    if (!type || type->isPublic)
        return;
    auto *dialog = new VolumeTypeAccessDialog(m_engine, m_ctx, *type, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VolumeTypeActions::deleteTypes()
{
    if (m_selection.isEmpty())
        return;
    QStringList ids, names;
    for (const VolumeType &t : m_selection) {
        ids << t.id;
        names << t.name;
    }
    const bool one = ids.size() == 1;
    DeleteConfirmation confirmation{
        QStringLiteral("DeleteVolumeTypeConfirmation"),
        one ? tr("Delete Volume Type") : tr("Delete Volume Types"),
        one ? tr("Delete volume type %1?").arg(names.first())
            : tr("Delete %1 volume types: %2?").arg(ids.size()).arg(names.join(QStringLiteral(", "))),
        tr("Their pools are removed from the hosts (the data directories themselves stay). A type that "
           "volumes "
           "or snapshots still use is refused. This cannot be undone."),
        one ? tr("Delete Volume Type") : tr("Delete Volume Types")};
    confirmation.open(m_dialogParent, [this, ids] {
        for (const QString &id : ids)
            if (auto r = m_engine.volumeTypes().remove(m_ctx.withNewRequestId(), id); !r)
                emit notify(r.error().message, r.error().details);
    });
}

} // namespace sd

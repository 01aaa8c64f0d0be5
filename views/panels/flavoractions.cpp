#include "flavoractions.h"

#include "dialogs/editflavordialog.h"
#include "dialogs/flavoraccessdialog.h"
#include "dialogs/metadatadialog.h"
#include "icons.h"
#include "wizards/createflavor/createflavorwizard.h"

#include "compute/flavorservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

FlavorActions::FlavorActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Flavor…"), this)),
      m_metadata(new QAction(Icons::get(QStringLiteral("action-metadata")), tr("Update Metadata…"), this)),
      m_access(new QAction(Icons::get(QStringLiteral("project-members")), tr("Modify Access…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Flavor…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Flavor…"), this))
{
    m_create->setObjectName(QStringLiteral("createFlavorAction"));
    m_metadata->setObjectName(QStringLiteral("updateMetadataAction"));
    m_access->setObjectName(QStringLiteral("modifyAccessAction"));
    m_edit->setObjectName(QStringLiteral("editFlavorAction"));
    m_delete->setObjectName(QStringLiteral("deleteFlavorAction"));
    m_create->setToolTip(tr("Create a flavor: the vCPUs, RAM and disks instances are launched with"));
    m_metadata->setToolTip(tr("Add, change or remove the extra specs of the selected flavor"));
    m_edit->setToolTip(tr("Change the description of the selected flavor"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Short words on the toolbar (menus keep the full ones), so all five fit beside the filter.
    m_metadata->setIconText(tr("Metadata…"));
    m_access->setIconText(tr("Access…"));
    m_edit->setIconText(tr("Edit…"));

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    const bool update = policy.allows(ctx, QStringLiteral("flavor:update"));
    m_create->setVisible(policy.allows(ctx, QStringLiteral("flavor:create")));
    m_metadata->setVisible(update);
    m_access->setVisible(update);
    m_edit->setVisible(update);
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("flavor:delete")));

    connect(m_create, &QAction::triggered, this, &FlavorActions::createFlavor);
    connect(m_metadata, &QAction::triggered, this, &FlavorActions::updateMetadata);
    connect(m_access, &QAction::triggered, this, &FlavorActions::modifyAccess);
    connect(m_edit, &QAction::triggered, this, &FlavorActions::editFlavor);
    connect(m_delete, &QAction::triggered, this, &FlavorActions::deleteFlavors);
    updateEnabled();
}

QList<QAction *> FlavorActions::toolbarActions() const
{
    return {m_create, m_metadata, m_access, m_edit, m_delete};
}

QList<QAction *> FlavorActions::menuActions() const
{
    return {m_metadata, m_access, m_edit, nullptr, m_delete};
}

void FlavorActions::setSelection(const QList<Flavor> &flavors)
{
    m_selection = flavors;
    updateEnabled();
}

void FlavorActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const bool many = m_selection.size() > 1;
    m_metadata->setEnabled(one);
    m_edit->setEnabled(one);
    m_delete->setEnabled(!m_selection.isEmpty());
    // Horizon's table action deletes every selected row; the row action one.
    m_delete->setText(many ? tr("Delete Flavors…") : tr("Delete Flavor…"));
    m_delete->setIconText(tr("Delete…"));
    m_delete->setToolTip(many ? tr("Delete the %1 selected flavors").arg(m_selection.size())
                              : tr("Delete the selected flavor; instances using it keep their copy"));

    const bool isPublic = one && m_selection.first().isPublic;
    m_access->setEnabled(one && !isPublic);
    // A disabled action says why it is disabled.
    if (isPublic)
        m_access->setToolTip(tr("Flavor %1 is public: every project may use it. Public or private is chosen "
                                "when a flavor is created and cannot change.")
                                 .arg(m_selection.first().name));
    else if (!one)
        m_access->setToolTip(tr("Choose the projects that may use the selected private flavor (one flavor "
                                "at a time)"));
    else
        m_access->setToolTip(
            tr("Choose the projects that may use private flavor %1").arg(m_selection.first().name));
}

std::optional<Flavor> FlavorActions::current()
{
    if (m_selection.size() != 1)
        return std::nullopt;
    // The selection is a snapshot; the dialog starts from what the engine has now.
    auto flavor = m_engine.flavors().show(m_ctx, m_selection.first().id);
    if (!flavor) {
        emit notify(flavor.error().message, flavor.error().details);
        return std::nullopt;
    }
    return *flavor;
}

void FlavorActions::createFlavor()
{
    auto *wizard = new CreateFlavorWizard(m_engine, m_ctx, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateFlavorWizard::flavorCreated, this, &FlavorActions::flavorCreated);
    wizard->open();
}

void FlavorActions::updateMetadata()
{
    const auto flavor = current();
    if (!flavor)
        return;
    const QString id = flavor->id;
    auto *dialog = new MetadataDialog(
        tr("Update Flavor Metadata: %1").arg(flavor->name),
        tr("Extra specs tell the scheduler and the hypervisor more about instances of this flavor (for "
           "example hw:cpu_policy or aggregate_instance_extra_specs:ssd). Instances launched before a "
           "change keep the specs they were launched with."),
        flavor->extraSpecs,
        [](const QString &key, const QString &value) {
            auto valid = FlavorService::validateExtraSpec(key, value);
            return valid ? QString() : valid.error().message;
        },
        m_dialogParent);
    dialog->setApplier([this, id](const QMap<QString, QString> &changed, const QStringList &removed) {
        // Remove only what is still there, so Save after a partial failure does not fail on the same key.
        QStringList keys;
        if (auto now = m_engine.flavors().show(m_ctx, id))
            for (const QString &key : removed)
                if (now->extraSpecs.contains(key))
                    keys.append(key);
        if (!keys.isEmpty())
            if (auto r = m_engine.flavors().unsetExtraSpecs(m_ctx.withNewRequestId(), id, keys); !r)
                return r.error().message;
        if (!changed.isEmpty())
            if (auto r = m_engine.flavors().setExtraSpecs(m_ctx.withNewRequestId(), id, changed); !r)
                return r.error().message;
        return QString();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FlavorActions::modifyAccess()
{
    const auto flavor = current();
    if (!flavor || flavor->isPublic)
        return;
    auto *dialog = new FlavorAccessDialog(m_engine, m_ctx, *flavor, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FlavorActions::editFlavor()
{
    const auto flavor = current();
    if (!flavor)
        return;
    auto *dialog = new EditFlavorDialog(m_engine, m_ctx, *flavor, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FlavorActions::deleteFlavors()
{
    if (m_selection.isEmpty())
        return;
    const QList<Flavor> targets = m_selection;
    QStringList names;
    for (const Flavor &f : targets)
        names.append(f.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Flavor") : tr("Delete Flavors"),
        one ? tr("Delete flavor %1?").arg(names.first())
            : tr("Delete %1 flavors: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteFlavorConfirmation"));
    box->setTextFormat(Qt::PlainText);
    // The question an administrator asks first: what happens to the instances of that size?
    box->setInformativeText(
        one ? tr("Instances using it keep their copy of the flavor and go on running; new "
                 "instances cannot be launched with it. This cannot be undone.")
            : tr("Instances using them keep their copy of the flavor and go on running; new "
                 "instances cannot be launched with them. This cannot be undone."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Flavor") : tr("Delete Flavors"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Flavor &f : targets)
            if (auto r = m_engine.flavors().remove(m_ctx.withNewRequestId(), f.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd

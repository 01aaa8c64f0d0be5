#include "imageactions.h"

#include "dialogs/createimagedialog.h"
#include "dialogs/editimagedialog.h"
#include "dialogs/imagedetailsdialog.h"
#include "dialogs/imagemembersdialog.h"
#include "dialogs/metadatadialog.h"
#include "icons.h"
#include "wizards/launch/launchinstancewizard.h"

#include "engine.h"
#include "identity/policy.h"
#include "image/imageservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
bool uploading(const Image &image)
{
    return image.status == ImageStatus::Queued || image.status == ImageStatus::Saving;
}

QString ownerOf(const Image &image)
{
    return image.ownerName.isEmpty() ? image.ownerId : image.ownerName;
}
} // namespace

ImageActions::ImageActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Image…"), this)),
      m_details(new QAction(Icons::get(QStringLiteral("about")), tr("View Details"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Image…"), this)),
      m_metadata(new QAction(Icons::get(QStringLiteral("settings")), tr("Update Metadata…"), this)),
      m_members(new QAction(Icons::get(QStringLiteral("action-members")), tr("Manage Members…"), this)),
      m_deactivate(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Deactivate"), this)),
      m_reactivate(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Reactivate"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Images…"), this)),
      m_launch(new QAction(Icons::get(QStringLiteral("action-launch")), tr("Launch…"), this))
{
    m_launch->setObjectName(QStringLiteral("launchFromImageAction"));
    // Launching is into the project the user works in, as Horizon's image row action.
    m_launch->setVisible(engine.policy().allows(ctx, QStringLiteral("server:create")));
    connect(m_launch, &QAction::triggered, this, &ImageActions::launchFromImage);
    m_create->setObjectName(QStringLiteral("createImageAction"));
    m_details->setObjectName(QStringLiteral("imageDetailsAction"));
    m_edit->setObjectName(QStringLiteral("editImageAction"));
    m_metadata->setObjectName(QStringLiteral("updateMetadataAction"));
    m_members->setObjectName(QStringLiteral("manageMembersAction"));
    m_deactivate->setObjectName(QStringLiteral("deactivateImageAction"));
    m_reactivate->setObjectName(QStringLiteral("reactivateImageAction"));
    m_delete->setObjectName(QStringLiteral("deleteImageAction"));
    m_create->setToolTip(tr("Upload a disk image from a file or a URL"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Short words on the toolbar (menus keep the full ones), so the actions fit beside the filters.
    m_edit->setIconText(tr("Edit…"));
    m_metadata->setIconText(tr("Metadata…"));
    m_members->setIconText(tr("Members…"));
    m_delete->setIconText(tr("Delete…"));

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("image:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("image:update")));
    m_metadata->setVisible(policy.allows(ctx, QStringLiteral("image:update")));
    m_members->setVisible(policy.allows(ctx, QStringLiteral("image:member:add")));
    m_deactivate->setVisible(policy.allows(ctx, QStringLiteral("image:deactivate")));
    m_reactivate->setVisible(policy.allows(ctx, QStringLiteral("image:reactivate")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("image:delete")));

    connect(m_create, &QAction::triggered, this, &ImageActions::createImage);
    connect(m_details, &QAction::triggered, this, &ImageActions::showDetails);
    connect(m_edit, &QAction::triggered, this, &ImageActions::editImage);
    connect(m_metadata, &QAction::triggered, this, &ImageActions::updateMetadata);
    connect(m_members, &QAction::triggered, this, &ImageActions::manageMembers);
    connect(m_deactivate, &QAction::triggered, this, [this] { setActive(false); });
    connect(m_reactivate, &QAction::triggered, this, [this] { setActive(true); });
    connect(m_delete, &QAction::triggered, this, &ImageActions::deleteImages);
    updateEnabled();
}

QList<QAction *> ImageActions::toolbarActions() const
{
    return {m_create, m_edit, m_metadata, m_members, m_deactivate, m_reactivate, m_delete};
}

QList<QAction *> ImageActions::menuActions() const
{
    return {m_launch, m_details,    nullptr,      m_edit,  m_metadata, m_members,
            nullptr,  m_deactivate, m_reactivate, nullptr, m_delete};
}

void ImageActions::setSelection(const QList<Image> &images)
{
    m_selection = images;
    updateEnabled();
}

QString ImageActions::changeRefusal(const Image &image, const QString &action) const
{
    if (!m_engine.policy().allows(m_ctx, action, image.ownerId))
        return tr("Image %1 belongs to project %2; only its members or an administrator may change it")
            .arg(image.name, ownerOf(image));
    if (uploading(image))
        return tr("Image %1 is still uploading; wait for its task to finish").arg(image.name);
    return {};
}

QString ImageActions::deleteRefusal(const Image &image) const
{
    if (const QString refusal = changeRefusal(image, QStringLiteral("image:delete")); !refusal.isEmpty())
        return uploading(image) ? tr("Image %1 is still uploading; cancel its task in the Tasks dock instead")
                                      .arg(image.name)
                                : refusal;
    if (image.isProtected)
        return tr("Image %1 is protected; clear Protected with Edit Image first").arg(image.name);
    return {};
}

void ImageActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const Image first = m_selection.value(0);

    m_details->setEnabled(one);
    const bool bootable =
        first.diskFormat == QLatin1String("qcow2") || first.diskFormat == QLatin1String("raw");
    m_launch->setEnabled(one && first.status == ImageStatus::Active && bootable);
    m_launch->setToolTip(!one || m_launch->isEnabled() ? tr("Launch an instance from this image")
                         : first.status != ImageStatus::Active
                             ? tr("Image %1 is not active: only active images can boot").arg(first.name)
                             : tr("Image %1 is %2: instances boot from qcow2 or raw images")
                                   .arg(first.name, first.diskFormat));
    // A disabled action says why it is disabled.
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    const QString editWhy = one ? changeRefusal(first, QStringLiteral("image:update")) : QString();
    gate(m_edit, one && editWhy.isEmpty(), editWhy,
         tr("Change the name, requirements or sharing of the image"));
    gate(m_metadata, one && editWhy.isEmpty(), editWhy,
         tr("Add, change or remove the image's custom properties"));

    QString membersWhy = one ? changeRefusal(first, QStringLiteral("image:member:add")) : QString();
    if (one && membersWhy.isEmpty() && first.visibility != ImageVisibility::Shared)
        membersWhy = tr("Image %1 is %2; only a shared image has member projects (Edit Image sets Shared)")
                         .arg(first.name, imageVisibilityName(first.visibility));
    gate(m_members, one && membersWhy.isEmpty(), membersWhy,
         tr("Choose the projects this shared image is shared with"));

    const bool anyActive = std::any_of(m_selection.begin(), m_selection.end(),
                                       [](const Image &i) { return i.status == ImageStatus::Active; });
    const bool anyDeactivated = std::any_of(m_selection.begin(), m_selection.end(), [](const Image &i) {
        return i.status == ImageStatus::Deactivated;
    });
    gate(m_deactivate, anyActive, one ? tr("Image %1 is not active").arg(first.name) : QString(),
         tr("Keep everyone but administrators from launching or downloading the selected images"));
    gate(m_reactivate, anyDeactivated, one ? tr("Image %1 is not deactivated").arg(first.name) : QString(),
         tr("Make the selected deactivated images usable again"));

    // Mixed selections are allowed: the refused images are named in the confirmation and by the engine.
    QString deleteWhy;
    bool anyDeletable = false;
    for (const Image &image : std::as_const(m_selection)) {
        const QString why = deleteRefusal(image);
        anyDeletable = anyDeletable || why.isEmpty();
        if (deleteWhy.isEmpty())
            deleteWhy = why;
    }
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Images…") : tr("Delete Image…"));
    gate(m_delete, anyDeletable, deleteWhy, tr("Delete the selected images and their data"));
}

void ImageActions::createImage()
{
    auto *dialog = new CreateImageDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateImageDialog::creationStarted, this, &ImageActions::creationStarted);
    dialog->open();
}

void ImageActions::launchFromImage()
{
    if (m_selection.size() != 1 || !m_launch->isEnabled())
        return;
    auto *wizard = new LaunchInstanceWizard(m_engine, m_ctx, m_selection.first().id, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ImageActions::showDetails()
{
    if (m_selection.size() != 1)
        return;
    const QString id = m_selection.first().id;
    // One window per image: a second double-click brings the first one back.
    for (auto *open : m_dialogParent->findChildren<ImageDetailsDialog *>())
        if (open->imageId() == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto *dialog = new ImageDetailsDialog(m_engine, m_ctx, id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ImageActions::editImage()
{
    if (m_selection.size() != 1 || !m_edit->isEnabled())
        return;
    auto *dialog = new EditImageDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ImageActions::updateMetadata()
{
    if (m_selection.size() != 1 || !m_metadata->isEnabled())
        return;
    const Image image = m_selection.first();
    auto *dialog = new MetadataDialog(
        tr("Update Metadata of Image %1").arg(image.name),
        tr("Custom properties describe the image to the scheduler and to guests (os_distro, hw_disk_bus, "
           "hw_qemu_guest_agent…). The image's own fields are changed with Edit Image."),
        image.properties,
        [](const QString &key, const QString &value) {
            auto valid = ImageService::validateProperty(key, value);
            return valid ? QString() : valid.error().message;
        },
        m_dialogParent);
    dialog->setObjectName(QStringLiteral("ImageMetadataDialog"));
    dialog->setApplier(
        [this, id = image.id](const QMap<QString, QString> &changed, const QStringList &removed) {
            ImageUpdate change;
            change.setProperties = changed;
            change.unsetProperties = removed;
            auto result = m_engine.images().update(m_ctx.withNewRequestId(), id, change);
            return result ? QString() : result.error().message;
        });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ImageActions::manageMembers()
{
    if (m_selection.size() != 1 || !m_members->isEnabled())
        return;
    auto *dialog = new ImageMembersDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ImageActions::setActive(bool active)
{
    const QList<Image> targets = m_selection;
    for (const Image &image : targets) {
        const auto wanted = active ? ImageStatus::Deactivated : ImageStatus::Active;
        if (image.status != wanted)
            continue;
        auto result = active ? m_engine.images().reactivate(m_ctx.withNewRequestId(), image.id)
                             : m_engine.images().deactivate(m_ctx.withNewRequestId(), image.id);
        if (!result)
            emit notify(result.error().message, result.error().details);
    }
}

void ImageActions::deleteImages()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    const QList<Image> targets = m_selection;
    QStringList names;
    QStringList refused;
    for (const Image &image : targets) {
        names.append(image.name);
        if (!deleteRefusal(image).isEmpty())
            refused.append(image.name);
    }
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Image") : tr("Delete Images"),
        one ? tr("Delete image %1?").arg(names.first())
            : tr("Delete %1 images: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteImageConfirmation"));
    box->setTextFormat(Qt::PlainText);
    QString info = tr("Their data is removed from the image store. This cannot be undone.");
    if (!refused.isEmpty())
        info += QLatin1Char('\n') + tr("Not deleted (protected, uploading or not yours): %1.")
                                        .arg(refused.join(QStringLiteral(", ")));
    box->setInformativeText(info);
    QPushButton *remove =
        box->addButton(one ? tr("Delete Image") : tr("Delete Images"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        // Every image is sent: the engine's own refusal names each protected one.
        for (const Image &image : targets)
            if (auto result = m_engine.images().remove(m_ctx.withNewRequestId(), image.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

#include "imageservice.h"

#include "core/ids.h"
#include "core/namecheck.h"
#include "identity/policy.h"
#include "imagedownloader.h"
#include "imagerepository.h"
#include "imagestore.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sd {

ImageService::ImageService(std::shared_ptr<Database> db, const Policy *policy, TaskRunner *tasks,
                           QString storeDirectory, QObject *parent)
    : QObject(parent), m_db(db), m_policy(policy), m_tasks(tasks), m_repo(std::make_unique<ImageRepository>(db)),
      m_store(std::make_unique<ImageStore>(std::move(storeDirectory)))
{
}

ImageService::~ImageService() = default;

// ---- validation ----

Result<void> ImageService::validateProperty(const QString &key, const QString &value)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_:.-]{1,255}$"));
    if (!keyPattern.match(key).hasMatch())
        return makeError(ErrorCode::BadRequest,
                         tr("Property '%1': keys are 1-255 letters, digits, '_', ':', '.' and '-'").arg(key));
    // Glance keeps these itself; a property may not shadow them.
    static const QStringList reserved{
        QStringLiteral("id"),         QStringLiteral("name"),     QStringLiteral("status"),
        QStringLiteral("size"),       QStringLiteral("checksum"), QStringLiteral("owner"),
        QStringLiteral("visibility"), QStringLiteral("protected"), QStringLiteral("min_disk"),
        QStringLiteral("min_ram"),    QStringLiteral("disk_format"), QStringLiteral("container_format"),
        QStringLiteral("virtual_size"), QStringLiteral("tags"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("location"), QStringLiteral("os_hash_value")};
    if (reserved.contains(key))
        return makeError(ErrorCode::BadRequest,
                         tr("Property '%1': this is one of the image's own fields; set it with its own option")
                             .arg(key));
    if (value.size() > 65535)
        return makeError(ErrorCode::BadRequest, tr("Property %1: value longer than 65535 characters").arg(key));
    return {};
}

Result<void> ImageService::validateTag(const QString &tag)
{
    if (tag.trimmed().isEmpty() || tag.size() > 255)
        return makeError(ErrorCode::BadRequest, tr("Tag '%1': tags are 1-255 characters").arg(tag));
    return {};
}

Result<void> ImageService::validateSizes(qint64 minDiskGb, qint64 minRamMb)
{
    if (minDiskGb < 0 || minDiskGb > 1024 * 1024)
        return makeError(ErrorCode::BadRequest, tr("Minimum disk %1 GB: must be 0 to 1048576").arg(minDiskGb));
    if (minRamMb < 0 || minRamMb > 16 * 1024 * 1024)
        return makeError(ErrorCode::BadRequest, tr("Minimum RAM %1 MB: must be 0 to 16777216").arg(minRamMb));
    return {};
}

Result<void> ImageService::validate(const ImageSpec &spec)
{
    if (auto n = checkedName(tr("Image name"), spec.name); !n)
        return n.error();
    if (!spec.diskFormat.isEmpty() && !imageDiskFormats().contains(spec.diskFormat))
        return makeError(ErrorCode::BadRequest, tr("Disk format '%1': use one of %2")
                                                    .arg(spec.diskFormat, imageDiskFormats().join(QStringLiteral(", "))));
    if (!imageContainerFormats().contains(spec.containerFormat))
        return makeError(ErrorCode::BadRequest,
                         tr("Container format '%1': use one of %2")
                             .arg(spec.containerFormat, imageContainerFormats().join(QStringLiteral(", "))));
    if (auto s = validateSizes(spec.minDiskGb, spec.minRamMb); !s)
        return s;
    for (const QString &tag : spec.tags)
        if (auto t = validateTag(tag); !t)
            return t;
    for (auto it = spec.properties.cbegin(); it != spec.properties.cend(); ++it)
        if (auto p = validateProperty(it.key(), it.value()); !p)
            return p;
    const bool hasFile = !spec.sourceFile.isEmpty();
    const bool hasUrl = !spec.sourceUrl.isEmpty();
    if (hasFile == hasUrl)
        return makeError(ErrorCode::BadRequest,
                         tr("Image %1: give exactly one source, a file or a URL").arg(spec.name));
    if (hasUrl)
        return ImageDownloader::validateUrl(spec.sourceUrl);
    const QFileInfo file(spec.sourceFile);
    if (!file.exists())
        return makeError(ErrorCode::BadRequest, tr("%1: no such file").arg(spec.sourceFile));
    if (!file.isFile() || !file.isReadable())
        return makeError(ErrorCode::BadRequest, tr("%1: not a readable file").arg(spec.sourceFile));
    if (file.size() == 0)
        return makeError(ErrorCode::BadRequest, tr("%1: the file is empty").arg(spec.sourceFile));
    return {};
}

Result<ImageFileInfo> ImageService::inspectFile(const QString &path)
{
    return ImageInspector::inspect(path, QString(), QFileInfo(path).fileName());
}

// ---- reading ----

bool ImageService::visibleTo(const RequestContext &ctx, const Image &image) const
{
    return ctx.isAdmin() || usableBy(ctx.projectId, image);
}

bool ImageService::usableBy(const QString &projectId, const Image &image)
{
    if (image.ownerId == projectId)
        return true;
    switch (image.visibility) {
    case ImageVisibility::Public:
    case ImageVisibility::Community:
        return true;
    case ImageVisibility::Shared:
        return image.memberProjectIds.contains(projectId);
    case ImageVisibility::Private:
        return false;
    }
    return false;
}

Result<Image> ImageService::visible(const RequestContext &ctx, const QString &nameOrId) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:show")); !p)
        return p.error();
    if (auto byId = m_repo->load(nameOrId); byId && visibleTo(ctx, *byId))
        return *byId;
    QList<Image> named;
    for (const QString &id : m_repo->idsNamed(nameOrId))
        if (auto im = m_repo->load(id); im && visibleTo(ctx, *im))
            named.append(*im);
    if (named.size() > 1)
        return makeError(ErrorCode::Conflict,
                         tr("Image name '%1' is used by %2 images; give the image's ID").arg(nameOrId).arg(named.size()));
    if (named.isEmpty())
        // Another project's private image is "not found", as in Glance.
        return makeError(ErrorCode::NotFound, tr("Image '%1': no such image").arg(nameOrId));
    return named.first();
}

Result<QList<Image>> ImageService::list(const RequestContext &ctx, const ImageFilter &filter) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:list")); !p)
        return p.error();
    QList<Image> result;
    for (const Image &im : m_repo->loadAll()) {
        if (!visibleTo(ctx, im) || (filter.projectScope && !usableBy(ctx.projectId, im)))
            continue;
        if (filter.visibility && im.visibility != *filter.visibility)
            continue;
        if (filter.status && im.status != *filter.status)
            continue;
        if (!filter.name.isEmpty() && !im.name.contains(filter.name, Qt::CaseInsensitive))
            continue;
        result.append(im);
    }
    return result;
}

Result<Image> ImageService::show(const RequestContext &ctx, const QString &nameOrId) const
{
    return visible(ctx, nameOrId);
}

Result<Image> ImageService::editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const
{
    auto image = visible(ctx, nameOrId);
    if (!image)
        return image.error();
    // Members change their own project's images; the image's owner is the policy's target.
    if (auto p = m_policy->check(ctx, action, image->ownerId); !p)
        return makeError(ErrorCode::Forbidden,
                         tr("Image %1 belongs to project %2; only its members or an admin may change it")
                             .arg(image->name, image->ownerName.isEmpty() ? image->ownerId : image->ownerName));
    return image;
}

Result<Image> ImageService::reloaded(const QString &id)
{
    auto image = m_repo->load(id);
    if (!image)
        return makeError(ErrorCode::NotFound, tr("Image %1: no such image").arg(id));
    emit imageChanged(id);
    return *image;
}

Result<QString> ImageService::dataPath(const RequestContext &ctx, const QString &imageId) const
{
    auto image = visible(ctx, imageId);
    if (!image)
        return image.error();
    if (image->status != ImageStatus::Active)
        return makeError(ErrorCode::Conflict, tr("Image %1 is %2; only active images can be used")
                                                  .arg(image->name, imageStatusName(image->status)));
    return m_store->pathOf(image->id);
}

// ---- changes ----

Result<Image> ImageService::update(const RequestContext &ctx, const QString &nameOrId, const ImageUpdate &change)
{
    auto found = editable(ctx, nameOrId, QStringLiteral("image:update"));
    if (!found)
        return found.error();
    Image image = *found;
    if (change.name) {
        auto n = checkedName(tr("Image name"), *change.name);
        if (!n)
            return n.error();
        image.name = *n;
    }
    image.minDiskGb = change.minDiskGb.value_or(image.minDiskGb);
    image.minRamMb = change.minRamMb.value_or(image.minRamMb);
    if (auto s = validateSizes(image.minDiskGb, image.minRamMb); !s)
        return s.error();
    if (change.visibility && *change.visibility != image.visibility) {
        if (*change.visibility == ImageVisibility::Public)
            if (auto p = m_policy->check(ctx, QStringLiteral("image:publicize")); !p)
                return makeError(ErrorCode::Forbidden,
                                 tr("Image %1: only an admin may make an image public").arg(image.name));
        image.visibility = *change.visibility;
    }
    image.isProtected = change.isProtected.value_or(image.isProtected);
    if (change.containerFormat) {
        if (!imageContainerFormats().contains(*change.containerFormat))
            return makeError(ErrorCode::BadRequest,
                             tr("Container format '%1': use one of %2")
                                 .arg(*change.containerFormat, imageContainerFormats().join(QStringLiteral(", "))));
        image.containerFormat = *change.containerFormat;
    }
    for (const QString &tag : change.addTags)
        if (auto t = validateTag(tag); !t)
            return t.error();
    for (auto it = change.setProperties.cbegin(); it != change.setProperties.cend(); ++it)
        if (auto p = validateProperty(it.key(), it.value()); !p)
            return p.error();
    for (const QString &key : change.unsetProperties)
        if (!image.properties.contains(key))
            return makeError(ErrorCode::NotFound, tr("Image %1 has no property '%2'").arg(image.name, key));
    for (const QString &tag : change.removeTags)
        if (!image.tags.contains(tag))
            return makeError(ErrorCode::NotFound, tr("Image %1 has no tag '%2'").arg(image.name, tag));

    return audited(m_log, ctx, QStringLiteral("image.update"), QStringLiteral("image"), image.name,
                   [&]() -> Result<Image> {
                       auto r = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (auto e = ImageRepository::saveFields(db, image); !e)
                               return e;
                           if (auto e = ImageRepository::addTags(db, image.id, change.addTags); !e)
                               return e;
                           if (auto e = ImageRepository::removeTags(db, image.id, change.removeTags); !e)
                               return e;
                           if (auto e = ImageRepository::setProperties(db, image.id, change.setProperties); !e)
                               return e;
                           return ImageRepository::unsetProperties(db, image.id, change.unsetProperties);
                       });
                       if (!r)
                           return r.error();
                       return reloaded(image.id);
                   });
}

Result<void> ImageService::remove(const RequestContext &ctx, const QString &nameOrId)
{
    auto image = editable(ctx, nameOrId, QStringLiteral("image:delete"));
    if (!image)
        return image.error();
    if (image->isProtected)
        return makeError(ErrorCode::Forbidden,
                         tr("Image %1 is protected; unprotect it first (Edit Image, or image set --unprotected)")
                             .arg(image->name));
    if (image->status == ImageStatus::Saving || image->status == ImageStatus::Queued)
        return makeError(ErrorCode::Conflict,
                         tr("Image %1 is still uploading; cancel the upload task instead").arg(image->name));
    return audited(m_log, ctx, QStringLiteral("image.delete"), QStringLiteral("image"), image->name,
                   [&]() -> Result<void> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &db) {
                               return ImageRepository::remove(db, image->id);
                           });
                           !r)
                           return r;
                       m_store->discard(image->id);
                       emit imageRemoved(image->id);
                       return {};
                   });
}

Result<Image> ImageService::moveStatus(const RequestContext &ctx, const QString &nameOrId, ImageStatus from,
                                       ImageStatus to, const QString &action)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:") + action); !p)
        return p.error();
    auto image = visible(ctx, nameOrId);
    if (!image)
        return image.error();
    if (image->status == to)
        return *image;
    if (image->status != from)
        return makeError(ErrorCode::Conflict, tr("Image %1 is %2; only an image that is %3 can be changed to %4")
                                                  .arg(image->name, imageStatusName(image->status),
                                                       imageStatusName(from), imageStatusName(to)));
    return audited(m_log, ctx, QStringLiteral("image.") + action, QStringLiteral("image"), image->name,
                   [&]() -> Result<Image> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &db) {
                               return ImageRepository::setStatus(db, image->id, to);
                           });
                           !r)
                           return r.error();
                       return reloaded(image->id);
                   });
}

Result<Image> ImageService::deactivate(const RequestContext &ctx, const QString &nameOrId)
{
    return moveStatus(ctx, nameOrId, ImageStatus::Active, ImageStatus::Deactivated, QStringLiteral("deactivate"));
}

Result<Image> ImageService::reactivate(const RequestContext &ctx, const QString &nameOrId)
{
    return moveStatus(ctx, nameOrId, ImageStatus::Deactivated, ImageStatus::Active, QStringLiteral("reactivate"));
}

QString ImageService::memberProjectId(const RequestContext &ctx, const QString &project) const
{
    QSqlDatabase db = m_db->connection();
    // As Glance: members name other projects by ID only, so they cannot probe which project names exist.
    if (!ctx.isAdmin() && project != ctx.projectId)
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM projects WHERE id = ?"), {project}) > 0 ? project
                                                                                                         : QString();
    return idByNameOrId(db, "projects", project);
}

Result<Image> ImageService::addMember(const RequestContext &ctx, const QString &nameOrId, const QString &project)
{
    auto image = editable(ctx, nameOrId, QStringLiteral("image:member:add"));
    if (!image)
        return image.error();
    if (image->visibility != ImageVisibility::Shared)
        return makeError(ErrorCode::Conflict,
                         tr("Image %1 is %2; make it shared before adding projects (image set --shared)")
                             .arg(image->name, imageVisibilityName(image->visibility)));
    const QString projectId = memberProjectId(ctx, project);
    if (projectId.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Project '%1': no such project").arg(project));
    if (projectId == image->ownerId)
        return makeError(ErrorCode::Conflict, tr("Project %1 owns image %2 already").arg(project, image->name));
    return audited(m_log, ctx, QStringLiteral("image.member.add"), QStringLiteral("image"), image->name,
                   [&]() -> Result<Image> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
                               if (auto e = ImageRepository::addMember(tx, image->id, projectId); !e)
                                   return e;
                               return ImageRepository::touch(tx, image->id);
                           });
                           !r)
                           return r.error();
                       return reloaded(image->id);
                   });
}

Result<Image> ImageService::removeMember(const RequestContext &ctx, const QString &nameOrId, const QString &project)
{
    auto image = editable(ctx, nameOrId, QStringLiteral("image:member:remove"));
    if (!image)
        return image.error();
    const QString projectId = memberProjectId(ctx, project);
    if (projectId.isEmpty() || !image->memberProjectIds.contains(projectId))
        return makeError(ErrorCode::NotFound,
                         tr("Project '%1' is not a member of image %2").arg(project, image->name));
    return audited(m_log, ctx, QStringLiteral("image.member.remove"), QStringLiteral("image"), image->name,
                   [&]() -> Result<Image> {
                       if (auto r = m_db->transaction([&](QSqlDatabase &tx) -> Result<void> {
                               if (auto e = ImageRepository::removeMember(tx, image->id, projectId); !e)
                                   return e;
                               return ImageRepository::touch(tx, image->id);
                           });
                           !r)
                           return r.error();
                       return reloaded(image->id);
                   });
}

} // namespace sd

// ImageService's data transfers: uploads from a file or a URL, downloads to a file, and cleaning up after
// uploads that never finished. The registry edits are in imageservice.cpp.

#include "imageservice.h"

#include "core/ids.h"
#include "identity/policy.h"
#include "imagedownloader.h"
#include "imagerepository.h"
#include "imagestore.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QFileInfo>

#include <signal.h>

#include <cerrno>

namespace sd {

namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Progress for a task: percent when the total is known, and a phase the user can read.
ByteProgress taskProgress(TaskControl &control, const QString &verb)
{
    return [&control, verb](qint64 done, qint64 total) {
        if (total > 0)
            control.setProgress(int(done * 99 / total),
                                ImageService::tr("%1: %2 of %3 MiB").arg(verb, mib(done), mib(total)));
        else
            control.setProgress(0, ImageService::tr("%1: %2 MiB").arg(verb, mib(done)));
        return !control.isCancelled();
    };
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// What an upload task hands to its finish step.
QVariantMap receivedData(const StoredData &stored, const ImageFileInfo &info)
{
    return {{QStringLiteral("size"), stored.size},
            {QStringLiteral("sha256"), stored.sha256},
            {QStringLiteral("format"), info.format},
            {QStringLiteral("virtual_size"), info.virtualSize}};
}

} // namespace

Result<Image> ImageService::insertQueued(const RequestContext &ctx, const ImageSpec &spec)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:create"), ctx.projectId); !p)
        return p.error();
    if (spec.visibility == ImageVisibility::Public)
        if (auto p = m_policy->check(ctx, QStringLiteral("image:publicize")); !p)
            return makeError(ErrorCode::Forbidden,
                             tr("Image %1: only an admin may make an image public").arg(spec.name));
    if (auto v = validate(spec); !v)
        return v.error();
    Image image;
    image.id = newId();
    image.name = spec.name.trimmed();
    image.status = ImageStatus::Saving;
    image.diskFormat = spec.diskFormat;
    image.containerFormat = spec.containerFormat;
    image.minDiskGb = spec.minDiskGb;
    image.minRamMb = spec.minRamMb;
    image.visibility = spec.visibility;
    image.isProtected = spec.isProtected;
    image.ownerId = ctx.projectId;
    image.tags = spec.tags;
    image.properties = spec.properties;
    if (auto r = m_db->transaction([&](QSqlDatabase &db) { return ImageRepository::insert(db, image); }); !r)
        return r.error();
    emit imageChanged(image.id);
    return image;
}

Result<QString> ImageService::create(const RequestContext &ctx, const ImageSpec &spec)
{
    // A local file whose header contradicts the declared format is refused at once, before anything is
    // stored (reading a few bytes is quick); qemu-img's checks run in the task, on the store's copy, so the
    // caller's thread never waits on them and what is checked is what is kept.
    if (!spec.sourceFile.isEmpty() && !spec.diskFormat.isEmpty()) {
        if (auto v = validate(spec); !v)
            return v.error();
        const QString sniffed = ImageInspector::sniffFormat(spec.sourceFile);
        const QString format = sniffed.isEmpty() ? QStringLiteral("raw") : sniffed;
        if (format != spec.diskFormat)
            return ImageInspector::inspect(spec.sourceFile, spec.diskFormat, spec.sourceFile).error();
    }
    auto image = insertQueued(ctx, spec);
    if (!image)
        return image.error();
    return startUpload(ctx, *image, spec);
}

Result<QString> ImageService::startUpload(const RequestContext &ctx, const Image &image, const ImageSpec &spec)
{
    TaskSpec task;
    task.title = tr("Create image %1").arg(image.name);
    task.action = QStringLiteral("image.create");
    task.targetKind = QStringLiteral("image");
    task.targetId = image.id;
    task.targetName = image.name;
    task.cancellable = true;
    ImageStore *store = m_store.get();
    const QString id = image.id;
    task.work = [store, id, spec](TaskControl &control) -> Result<QVariant> {
        Result<StoredData> stored = makeError(ErrorCode::Internal, QString());
        QString label;
        if (!spec.sourceFile.isEmpty()) {
            label = spec.sourceFile;
            stored = store->receiveFile(id, spec.sourceFile, taskProgress(control, tr("Uploading")));
        } else {
            label = spec.sourceUrl.toDisplayString();
            stored = ImageDownloader::download(spec.sourceUrl, store->partPathOf(id),
                                               taskProgress(control, tr("Downloading")));
        }
        if (!stored)
            return stored.error();
        control.setProgress(99, tr("Checking the image"));
        auto info = ImageInspector::inspect(store->partPathOf(id), spec.diskFormat, label);
        if (!info)
            return info.error();
        return QVariant(receivedData(*stored, *info));
    };
    task.finish = [this, id](const Result<QVariant> &received) -> Result<QVariant> {
        if (!received) {
            forget(id);
            return received.error();
        }
        auto active = activate(id, received->toMap());
        if (!active) {
            forget(id);
            return active.error();
        }
        return QVariant(id);
    };
    task.cancelled = [this, id] { forget(id); };
    return m_tasks->start(ctx, std::move(task));
}

Result<Image> ImageService::activate(const QString &id, const QVariantMap &received)
{
    auto image = m_repo->load(id);
    if (!image)
        return makeError(ErrorCode::NotFound, tr("Image %1 was deleted during its upload").arg(id));
    if (auto c = m_store->commit(id); !c)
        return c.error();
    image->status = ImageStatus::Active;
    image->diskFormat = received.value(QStringLiteral("format")).toString();
    image->size = received.value(QStringLiteral("size")).toLongLong();
    image->virtualSize = received.value(QStringLiteral("virtual_size")).toLongLong();
    image->checksum = received.value(QStringLiteral("sha256")).toString();
    if (auto r = m_db->transaction([&](QSqlDatabase &db) { return ImageRepository::saveFields(db, *image); }); !r)
        return r.error();
    return reloaded(id);
}

void ImageService::forget(const QString &id)
{
    // Best effort: an upload that failed must not fail again on its way out; a row left here is removed
    // by reapAbandonedUploads() at the next start.
    if (auto r = m_db->transaction([&](QSqlDatabase &db) { return ImageRepository::remove(db, id); }); !r)
        qWarning("Image %s: its row could not be removed: %s", qPrintable(id), qPrintable(r.error().toString()));
    m_store->discard(id);
    emit imageRemoved(id);
}

Result<Image> ImageService::importNow(const RequestContext &ctx, const ImageSpec &spec)
{
    if (spec.sourceFile.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Image %1: a file to import is needed").arg(spec.name));
    auto image = insertQueued(ctx, spec);
    if (!image)
        return image.error();
    auto stored = m_store->receiveFile(image->id, spec.sourceFile, {});
    Result<ImageFileInfo> info = stored ? ImageInspector::inspect(m_store->partPathOf(image->id), spec.diskFormat,
                                                                  spec.sourceFile)
                                        : Result<ImageFileInfo>(stored.error());
    Result<Image> active = info ? activate(image->id, receivedData(*stored, *info)) : Result<Image>(info.error());
    if (!active)
        forget(image->id);
    return active;
}

Result<QString> ImageService::save(const RequestContext &ctx, const QString &nameOrId, const QString &targetPath)
{
    if (auto p = m_policy->check(ctx, QStringLiteral("image:download")); !p)
        return p.error();
    auto image = visible(ctx, nameOrId);
    if (!image)
        return image.error();
    // Glance: a deactivated image's data is for admins only (it is being investigated).
    const bool readable = image->status == ImageStatus::Active
                          || (image->status == ImageStatus::Deactivated && ctx.isAdmin());
    if (!readable)
        return makeError(ErrorCode::Conflict,
                         tr("Image %1 is %2; its data cannot be downloaded").arg(image->name, imageStatusName(image->status)));
    const QFileInfo target(targetPath);
    if (targetPath.isEmpty() || target.isDir())
        return makeError(ErrorCode::BadRequest, tr("Save image %1: give a file name to write").arg(image->name));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return makeError(ErrorCode::BadRequest, tr("%1: the folder cannot be written").arg(target.absolutePath()));

    TaskSpec task;
    task.title = tr("Save image %1").arg(image->name);
    task.action = QStringLiteral("image.save");
    task.targetKind = QStringLiteral("image");
    task.targetId = image->id;
    task.targetName = image->name;
    task.cancellable = true;
    ImageStore *store = m_store.get();
    task.work = [store, id = image->id, targetPath](TaskControl &control) -> Result<QVariant> {
        auto written = store->exportTo(id, targetPath, taskProgress(control, tr("Saving")));
        if (!written)
            return written.error();
        return QVariant(*written);
    };
    return m_tasks->start(ctx, std::move(task));
}

void ImageService::reapAbandonedUploads()
{
    for (const auto &[id, pid] : m_repo->uploads())
        if (!processAlive(pid))
            forget(id);
}

} // namespace sd

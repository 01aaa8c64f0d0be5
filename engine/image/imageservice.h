#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "image.h"
#include "imageinspector.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class ImageRepository;
class ImageStore;
class Policy;
class TaskRunner;

// Images, as in Glance: a registry row per image and its data in StackDesk's image store. Members of a
// project upload and manage their project's images; everyone sees public and community images, a shared
// image is seen by its member projects, a private one by its owner only (others get NotFound, as in
// Glance). Uploads and downloads run as cancellable tasks; an image becomes active only once its data is
// whole and checked by ImageInspector, and a failed or cancelled upload leaves nothing behind.
class ImageService : public QObject
{
    Q_OBJECT

public:
    ImageService(std::shared_ptr<Database> db, const Policy *policy, TaskRunner *tasks, QString storeDirectory,
                 QObject *parent = nullptr);
    ~ImageService() override;
    void setActionLog(ActionLog *log) { m_log = log; }

    Result<QList<Image>> list(const RequestContext &ctx, const ImageFilter &filter = {}) const;
    // By id, or by name when exactly one visible image has it.
    Result<Image> show(const RequestContext &ctx, const QString &nameOrId) const;

    // Checks the spec, stores the row (status queued) and starts the upload or download task. Returns the
    // task id; the task's result is the image id.
    Result<QString> create(const RequestContext &ctx, const ImageSpec &spec);
    // What a local file is, before it is uploaded (the Create Image dialog shows it).
    static Result<ImageFileInfo> inspectFile(const QString &path);

    Result<Image> update(const RequestContext &ctx, const QString &nameOrId, const ImageUpdate &change);
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);
    Result<Image> deactivate(const RequestContext &ctx, const QString &nameOrId);
    Result<Image> reactivate(const RequestContext &ctx, const QString &nameOrId);

    // Member projects of a shared image.
    Result<Image> addMember(const RequestContext &ctx, const QString &nameOrId, const QString &project);
    Result<Image> removeMember(const RequestContext &ctx, const QString &nameOrId, const QString &project);

    // Writes the image's data to a file, as a task; returns the task id.
    Result<QString> save(const RequestContext &ctx, const QString &nameOrId, const QString &targetPath);

    // Where the data of an active image is, for services that copy it to hosts.
    Result<QString> dataPath(const RequestContext &ctx, const QString &imageId) const;

    // Registers a file already on this machine without a task (the demo lab's tiny-linux).
    Result<Image> importNow(const RequestContext &ctx, const ImageSpec &spec);

    // Removes the rows and partial data of uploads whose process ended without finishing them (the
    // GUI was killed mid-upload). The Engine calls it when it opens.
    void reapAbandonedUploads();

    // Glance's visibility rules, without an admin's right to see everything.
    static bool usableBy(const QString &projectId, const Image &image);

    static Result<void> validate(const ImageSpec &spec);
    static Result<void> validateProperty(const QString &key, const QString &value);
    static Result<void> validateTag(const QString &tag);
    static Result<void> validateSizes(qint64 minDiskGb, qint64 minRamMb);

Q_SIGNALS:
    void imageChanged(const QString &id);
    void imageRemoved(const QString &id);

private:
    Result<Image> visible(const RequestContext &ctx, const QString &nameOrId) const;
    bool visibleTo(const RequestContext &ctx, const Image &image) const;
    // The image an edit names, after the policy check against its owner.
    Result<Image> editable(const RequestContext &ctx, const QString &nameOrId, const QString &action) const;
    Result<Image> reloaded(const QString &id);
    // A member project as the caller named it: admins by name or ID, others by ID only.
    QString memberProjectId(const RequestContext &ctx, const QString &project) const;
    // Deactivate and reactivate: Glance's only status changes that are an admin's to make.
    Result<Image> moveStatus(const RequestContext &ctx, const QString &nameOrId, ImageStatus from, ImageStatus to,
                             const QString &action);
    Result<Image> insertQueued(const RequestContext &ctx, const ImageSpec &spec);
    Result<QString> startUpload(const RequestContext &ctx, const Image &image, const ImageSpec &spec);
    Result<Image> activate(const QString &id, const QVariantMap &received);
    void forget(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    TaskRunner *m_tasks;
    std::unique_ptr<ImageRepository> m_repo;
    std::unique_ptr<ImageStore> m_store;
    ActionLog *m_log = nullptr;
};

} // namespace sd

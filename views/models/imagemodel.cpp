#include "imagemodel.h"

#include "units.h"

#include "engine.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

#include <QColor>
#include <QLocale>

namespace sd {

namespace {
bool uploading(const Image &image)
{
    return image.status == ImageStatus::Queued || image.status == ImageStatus::Saving;
}

// TaskInfo names its target, not its id: an upload is the running image task that names the image by id
// or by name (and only a queued or saving image has one, so a same-named active image is never matched).
bool isUploadOf(const TaskInfo &task, const Image &image)
{
    return uploading(image) && (task.targetId == image.id);
}
} // namespace

ImageModel::ImageModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent)
    : ListTableModel<Image>(parent), m_engine(engine), m_ctx(ctx), m_scope(scope)
{
    if (scope == Scope::Admin)
        m_columns.append(Owner);
    m_columns << Name << Type << Status << Visibility << Protected << DiskFormat << Size;

    for (const TaskInfo &task : engine.tasks().tasks())
        if (task.targetKind == QLatin1String("image") && !task.isFinished())
            m_uploads.insert(task.id, task);
    reload();

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("image"))
            refreshImage(id);
        else if (kind == QLatin1String("task"))
            refreshTask(id);
        // Owner names come with the images; a renamed or removed project changes them.
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("image"))
            removeKey(id);
        else if (kind == QLatin1String("project") && m_scope == Scope::Admin)
            reload();
    });
}

bool ImageModel::belongs(const Image &image) const
{
    // The engine lets an administrator see every image; the project panel shows what the project can use.
    return m_scope == Scope::Admin || usableBy(image, m_ctx.projectId);
}

bool ImageModel::usableBy(const Image &image, const QString &projectId)
{
    switch (image.visibility) {
    case ImageVisibility::Public:
    case ImageVisibility::Community:
        return true;
    case ImageVisibility::Shared:
        return image.ownerId == projectId || image.memberProjectIds.contains(projectId);
    case ImageVisibility::Private:
        return image.ownerId == projectId;
    }
    return false;
}

void ImageModel::reload()
{
    auto list = m_engine.images().list(m_ctx);
    QList<Image> shown;
    if (list)
        for (const Image &image : *list)
            if (belongs(image))
                shown.append(image);
    sync(shown);
}

void ImageModel::refreshImage(const QString &id)
{
    // NotFound covers both an image that is gone and one this user may no longer see.
    auto image = m_engine.images().show(m_ctx, id);
    if (!image || !belongs(*image)) {
        removeKey(id);
        return;
    }
    upsert(*image);
}

void ImageModel::refreshTask(const QString &taskId)
{
    const auto task = m_engine.tasks().task(taskId);
    if (!task || task->targetKind != QLatin1String("image"))
        return;
    const TaskInfo before = m_uploads.value(taskId);
    if (task->isFinished())
        m_uploads.remove(taskId);
    else
        m_uploads.insert(taskId, *task);
    const int status = columnOf(Status);
    for (int row = 0; row < rowCount(); ++row) {
        const Image &image = itemAt(row);
        if (isUploadOf(*task, image) || (!before.id.isEmpty() && isUploadOf(before, image)))
            emit dataChanged(index(row, status), index(row, status));
    }
}

int ImageModel::uploadProgress(const QString &imageId) const
{
    const int row = rowOf(imageId);
    if (row < 0)
        return -1;
    for (const TaskInfo &task : m_uploads)
        if (isUploadOf(task, itemAt(row)))
            return task.progress;
    return -1;
}

QString ImageModel::statusText(ImageStatus status)
{
    switch (status) {
    case ImageStatus::Queued:
        return tr("Queued");
    case ImageStatus::Saving:
        return tr("Saving");
    case ImageStatus::Active:
        return tr("Active");
    case ImageStatus::Killed:
        return tr("Killed");
    case ImageStatus::Deleted:
        return tr("Deleted");
    case ImageStatus::Deactivated:
        return tr("Deactivated");
    }
    return {};
}

QString ImageModel::visibilityText(ImageVisibility visibility)
{
    switch (visibility) {
    case ImageVisibility::Public:
        return tr("Public");
    case ImageVisibility::Private:
        return tr("Private");
    case ImageVisibility::Shared:
        return tr("Shared");
    case ImageVisibility::Community:
        return tr("Community");
    }
    return {};
}

QString ImageModel::typeText(const Image &image)
{
    // Glance tells snapshots from uploaded images only by this property, as Horizon reads it.
    return image.properties.value(QStringLiteral("image_type")) == QLatin1String("snapshot") ? tr("Snapshot")
                                                                                             : tr("Image");
}

QString ImageModel::formatText(const QString &diskFormat)
{
    return diskFormat.isEmpty() ? tr("not known yet") : diskFormat.toUpper();
}

QString ImageModel::displayText(const Image &image, Column column) const
{
    switch (column) {
    case Owner:
        return image.ownerName.isEmpty() ? image.ownerId : image.ownerName;
    case Name:
        return image.name;
    case Type:
        return typeText(image);
    case Status:
        if (const int progress = uploadProgress(image.id);
            progress >= 0 && image.status == ImageStatus::Saving)
            return tr("Saving (%1%)").arg(progress);
        return statusText(image.status);
    case Visibility:
        return visibilityText(image.visibility);
    case Protected:
        return image.isProtected ? tr("Yes") : tr("No");
    case DiskFormat:
        return image.diskFormat.toUpper();
    case Size:
        // Nothing is stored until the upload is whole.
        return uploading(image) ? QString() : Units::bytes(image.size);
    }
    return {};
}

QVariant ImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Image &image = itemAt(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(image, column);
    case SortRole:
        if (column == Size)
            return image.size;
        return displayText(image, column);
    case Qt::ToolTipRole:
        if (column == Status && uploading(image))
            for (const TaskInfo &task : m_uploads)
                if (isUploadOf(task, image))
                    return task.phase.isEmpty() ? task.title : task.phase;
        if (column == Status && image.status == ImageStatus::Deactivated)
            return tr("Only administrators can use or download a deactivated image");
        if (column == Protected && image.isProtected)
            return tr("Cannot be deleted until Edit Image clears Protected");
        if (column == Name && image.createdAt.isValid())
            return tr("Created %1")
                .arg(QLocale().toString(image.createdAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        // A deactivated image cannot be used: its row reads as switched off.
        if (image.status == ImageStatus::Deactivated)
            return QColor(0x64, 0x74, 0x8b);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return image.id;
    case OwnerIdRole:
        return image.ownerId;
    case VisibilityRole:
        return int(image.visibility);
    default:
        return {};
    }
}

QVariant ImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Owner:
        return tr("Owner");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Visibility:
        return tr("Visibility");
    case Protected:
        return tr("Protected");
    case DiskFormat:
        return tr("Disk Format");
    case Size:
        return tr("Size");
    }
    return {};
}

} // namespace sd

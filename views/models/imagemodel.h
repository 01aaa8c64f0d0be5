#pragma once

#include "core/requestcontext.h"
#include "image/image.h"
#include "tasks/taskinfo.h"

#include "listtablemodel.h"

#include <QHash>

namespace sd {

class Engine;

// Horizon's Images table: one row per image, updated one row at a time from the engine's "image"
// notifications. A row whose image is being uploaded shows the upload task's progress in its status.
// Project scope: the images the user's project can use (its own, shared with it, public, community);
// admin scope: every image, with its owner first.
class ImageModel : public ListTableModel<Image>
{
    Q_OBJECT

public:
    enum class Scope
    {
        Project,
        Admin
    };
    // What a column shows; where it is depends on the scope (columnOf()).
    enum Column
    {
        Owner,
        Name,
        Type,
        Status,
        Visibility,
        Protected,
        DiskFormat,
        Size,
    };
    enum Role
    {
        ImageIdRole = Qt::UserRole + 1,
        SortRole,
        OwnerIdRole,
        VisibilityRole, // int(ImageVisibility)
    };

    ImageModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The view column of a Column, or -1 when this scope does not show it.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // The progress of the image's running upload, or -1 when none runs.
    int uploadProgress(const QString &imageId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether a project can use (see and launch) the image: its own, shared with it, public, community.
    static bool usableBy(const Image &image, const QString &projectId);
    // The words the table, the details and the dialogs share.
    static QString statusText(ImageStatus status);
    static QString visibilityText(ImageVisibility visibility);
    static QString typeText(const Image &image);
    static QString formatText(const QString &diskFormat);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Image &image) const override { return image.id; }

private:
    bool belongs(const Image &image) const;
    void refreshImage(const QString &id);
    void refreshTask(const QString &taskId);
    void reload();
    QString displayText(const Image &image, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
    // Running upload tasks by image id: read on every paint, so kept here instead of asked for each time.
    QHash<QString, TaskInfo> m_uploads;
};

} // namespace sd

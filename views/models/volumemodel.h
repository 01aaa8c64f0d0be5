#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Horizon's Volumes table: one row per volume, updated one row at a time from the engine's "volume"
// notifications (a status moving through creating → available → attaching → in-use repaints that row
// only). Project scope: the project's volumes; admin scope: every project's, with Project and Host.
class VolumeModel : public ListTableModel<Volume>
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
        Project,
        Host,
        Name,
        Description,
        Size,
        Status,
        Type,
        AttachedTo,
        AvailabilityZone,
        Bootable,
        Encrypted,
    };
    enum Role
    {
        VolumeIdRole = Qt::UserRole + 1,
        SortRole, // sizes sort as numbers
    };

    VolumeModel(Engine &engine, const RequestContext &ctx, Scope scope, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The view column of a Column, or -1 when this scope does not show it.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Horizon's words for Cinder's statuses ("In-use", "Awaiting Transfer"), shared with the dialogs.
    static QString statusText(VolumeStatus status);
    // "/dev/vdb on web-1", Horizon's Attached To; empty when not attached.
    static QString attachmentText(const Volume &volume);

protected:
    int columns() const override { return int(m_columns.size()); }
    QString keyOf(const Volume &volume) const override { return volume.id; }

private:
    bool belongs(const Volume &volume) const;
    void reload();
    void refresh(const QString &id);
    QString displayText(const Volume &volume, Column column) const;

    Engine &m_engine;
    RequestContext m_ctx;
    Scope m_scope;
    QList<Column> m_columns;
};

} // namespace sd

#pragma once

#include "compute/servergroup.h"
#include "core/requestcontext.h"

#include "listtablemodel.h"

namespace sd {

class Engine;

// Project › Compute › Server Groups: the project's server groups with their policy and member count.
// A group's change updates its row only.
class ServerGroupModel : public ListTableModel<ServerGroup>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Policy,
        Members,
        ColumnCount
    };

    ServerGroupModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Horizon's words for Nova's policy names: "Anti Affinity" for anti-affinity.
    static QString policyLabel(const QString &policy);
    // What the policy makes the scheduler do, in one sentence.
    static QString policyExplanation(const QString &policy);

protected:
    int columns() const override { return ColumnCount; }
    QString keyOf(const ServerGroup &group) const override { return group.id; }

private:
    void reload();
    void refresh(const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd

#pragma once

#include "tablefilterproxy.h"

namespace sd {

// The Images table's filter: the typed text over every column, and Horizon's quick filter of which images
// to show (the project's own, those shared with it, public, community; an administrator also filters by
// visibility alone).
class ImageFilterProxy : public TableFilterProxy
{
    Q_OBJECT

public:
    enum class Quick
    {
        All,
        Project,           // owned by the project the user works in
        SharedWithProject, // another project's shared image the project is a member of
        Public,
        Private,
        Shared,
        Community,
    };

    ImageFilterProxy(const QString &projectId, QObject *parent = nullptr);

    Quick quick() const { return m_quick; }
    void setQuick(Quick quick);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_projectId;
    Quick m_quick = Quick::All;
};

} // namespace sd

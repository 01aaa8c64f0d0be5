#pragma once

#include "tablefilterproxy.h"

namespace sd {

class InstanceModel;

// The Instances table's filter over ALL rows (not a page, Horizon's complaint): the typed text matches
// the chosen field of Horizon's INSTANCE_FILTER_CHOICES, or any of them. Project and Host are offered
// in the admin table only.
class InstanceFilterProxy : public TableFilterProxy
{
    Q_OBJECT

public:
    enum class Field
    {
        Any,
        Name,
        Id,
        Image, // name or ID
        IPv4,
        IPv6,
        Flavor, // name or ID
        KeyPair,
        Status,
        Zone,
        Project, // name or ID (admin)
        Host,    // admin
    };

    explicit InstanceFilterProxy(QObject *parent = nullptr);

    void setInstanceModel(InstanceModel *model);
    Field field() const { return m_field; }
    void setField(Field field);
    // The fields the filter offers, with their labels, for the scope of the model.
    QList<std::pair<Field, QString>> fields() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList valuesOf(int sourceRow, Field field) const;

    InstanceModel *m_model = nullptr;
    Field m_field = Field::Any;
};

} // namespace sd

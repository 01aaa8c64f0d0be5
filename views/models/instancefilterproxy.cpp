#include "instancefilterproxy.h"

#include "instancemodel.h"
#include "instancetext.h"

namespace sd {

InstanceFilterProxy::InstanceFilterProxy(QObject *parent) : TableFilterProxy(parent)
{
    setSortRole(InstanceModel::SortRole);
}

void InstanceFilterProxy::setInstanceModel(InstanceModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void InstanceFilterProxy::setField(Field field)
{
    if (field == m_field)
        return;
    m_field = field;
    invalidateFilter();
}

QList<std::pair<InstanceFilterProxy::Field, QString>> InstanceFilterProxy::fields() const
{
    QList<std::pair<Field, QString>> list = {
        {Field::Any, tr("Any field")},
        {Field::Name, tr("Instance Name")},
        {Field::Id, tr("Instance ID")},
        {Field::Image, tr("Image Name or ID")},
        {Field::IPv4, tr("IPv4 Address")},
        {Field::IPv6, tr("IPv6 Address")},
        {Field::Flavor, tr("Flavor Name or ID")},
        {Field::KeyPair, tr("Key Pair Name")},
        {Field::Status, tr("Status")},
        {Field::Zone, tr("Availability Zone")},
    };
    if (m_model && m_model->scope() == InstanceModel::Scope::Admin)
        list << std::pair{Field::Project, tr("Project Name or ID")}
             << std::pair{Field::Host, tr("Host Name")};
    return list;
}

QStringList InstanceFilterProxy::valuesOf(int sourceRow, Field field) const
{
    const Instance &i = m_model->itemAt(sourceRow);
    switch (field) {
    case Field::Any:
        break;
    case Field::Name:
        return {i.name};
    case Field::Id:
        return {i.id};
    case Field::Image:
        return {i.imageName, i.imageId};
    case Field::IPv4:
        return InstanceText::ipv4(i);
    case Field::IPv6:
        return InstanceText::ipv6(i);
    case Field::Flavor:
        return {i.flavor.name, i.flavor.id};
    case Field::KeyPair:
        return {i.keyName};
    // Both words: the API's ACTIVE and the table's Active.
    case Field::Status:
        return {i.status(), InstanceText::status(i)};
    case Field::Zone:
        return {i.availabilityZone};
    case Field::Project:
        return {i.projectName, i.projectId};
    case Field::Host:
        return {i.hostName};
    }
    QStringList all;
    for (Field f : {Field::Name, Field::Id, Field::Image, Field::IPv4, Field::IPv6, Field::Flavor,
                    Field::KeyPair, Field::Status, Field::Zone})
        all += valuesOf(sourceRow, f);
    if (m_model->scope() == InstanceModel::Scope::Admin)
        all += valuesOf(sourceRow, Field::Project) + valuesOf(sourceRow, Field::Host);
    return all;
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return TableFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
    const QRegularExpression &re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    const QStringList values = valuesOf(sourceRow, m_field);
    return std::any_of(values.cbegin(), values.cend(),
                       [&re](const QString &v) { return re.match(v).hasMatch(); });
}

} // namespace sd

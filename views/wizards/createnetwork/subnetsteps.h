#pragma once

#include "subnetcheck.h"

#include <QObject>

namespace sd {

class SubnetDetailsPage;
class SubnetPage;

// Ties the Subnet and Subnet Details steps to one live check: any change on either step runs
// SubnetCheck over both (a pool is only right for the address on the other step) and hands each step
// its problems. Create Network and Create / Edit Subnet share it.
class SubnetSteps : public QObject
{
    Q_OBJECT

public:
    SubnetSteps(SubnetPage *subnet, SubnetDetailsPage *details, QObject *parent);

    // The network's other subnets, which the new one must not overlap.
    void setSiblings(const QList<Subnet> &siblings);
    const SubnetCheck &check() const { return m_check; }
    SubnetInput input() const;

    SubnetPage *subnetPage() const { return m_subnet; }
    SubnetDetailsPage *detailsPage() const { return m_details; }

public Q_SLOTS:
    void recheck();

Q_SIGNALS:
    void checked();

private:
    SubnetPage *m_subnet;
    SubnetDetailsPage *m_details;
    QList<Subnet> m_siblings;
    SubnetCheck m_check;
};

} // namespace sd

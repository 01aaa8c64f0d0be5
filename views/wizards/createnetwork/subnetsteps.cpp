#include "subnetsteps.h"

#include "subnetdetailspage.h"
#include "subnetpage.h"

namespace sd {

SubnetSteps::SubnetSteps(SubnetPage *subnet, SubnetDetailsPage *details, QObject *parent)
    : QObject(parent), m_subnet(subnet), m_details(details)
{
    connect(subnet, &SubnetPage::changed, this, &SubnetSteps::recheck);
    connect(details, &SubnetDetailsPage::changed, this, &SubnetSteps::recheck);
    recheck();
}

void SubnetSteps::setSiblings(const QList<Subnet> &siblings)
{
    m_siblings = siblings;
    recheck();
}

SubnetInput SubnetSteps::input() const
{
    SubnetInput input;
    m_subnet->fill(input);
    m_details->fill(input);
    return input;
}

void SubnetSteps::recheck()
{
    m_check = SubnetCheck::run(input(), m_siblings);
    m_subnet->setProblems(m_check);
    m_details->setProblems(m_check);
    emit checked();
}

} // namespace sd

#pragma once

#include "launchpage.h"
#include "network/networktypes.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 6 "Security Groups": the project's groups, "default" checked to begin with.
// The groups go to every NIC made from a network (a chosen port keeps its own groups).
class SecurityGroupsPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit SecurityGroupsPage(const QList<SecurityGroup> &groups, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    void contribute(LaunchSpec &spec) const override;
    QString problem() const override;

private:
    ChoiceTable *m_table;
};

} // namespace sd

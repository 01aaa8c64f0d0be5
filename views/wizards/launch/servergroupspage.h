#pragma once

#include "compute/instance/launchchoices.h"
#include "launchpage.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 9 "Server Groups": none, or one of the project's groups with its policy; the
// scheduler then keeps the instance with (affinity) or apart from (anti-affinity) the group's members.
class ServerGroupsPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit ServerGroupsPage(const QList<ServerGroupChoice> &groups, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    void contribute(LaunchSpec &spec) const override;

    static QString policyText(const QString &policy);

private:
    ChoiceTable *m_table;
};

} // namespace sd

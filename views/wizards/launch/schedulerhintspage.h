#pragma once

#include "hosts/hostinfo.h"
#include "launchpage.h"

class QComboBox;

namespace sd {

// Launch Instance, step 10 "Scheduler Hints": StackDesk's scheduler reads one hint, the server group
// (set on the previous step); the page says so rather than offering keys nothing reads. An
// administrator may choose the host here (`server create --host`).
class SchedulerHintsPage : public LaunchPage
{
    Q_OBJECT

public:
    // hosts: empty for non-administrators (no host choice is shown).
    SchedulerHintsPage(const QList<HostInfo> &hosts, QWidget *parent = nullptr);

    QComboBox *hostCombo() const { return m_host; }
    void contribute(LaunchSpec &spec) const override;

private:
    QComboBox *m_host = nullptr;
};

} // namespace sd

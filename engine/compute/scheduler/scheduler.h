#pragma once

#include "core/result.h"
#include "hostcandidate.h"
#include "hostfilter.h"
#include "hostweigher.h"

#include <QCoreApplication>

namespace sd {

// Nova's filter scheduler: every filter removes the hosts that cannot take the request, then the
// weighers order the rest; the best host wins (ties go to the host whose name sorts first, so a
// launch is repeatable). When no host is left, the NoValidHost error says per filter how many hosts it
// removed and why.
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(sd::Scheduler)

public:
    explicit Scheduler(SchedulerOptions options = {});

    Result<HostCandidate> select(const QList<HostCandidate> &hosts, const ScheduleRequest &request) const;
    // The passing hosts, best first (for --min/--max launches that place several at once).
    QList<HostCandidate> rank(const QList<HostCandidate> &hosts, const ScheduleRequest &request,
                              QStringList *report = nullptr) const;

    const SchedulerOptions &options() const { return m_options; }

private:
    SchedulerOptions m_options;
    std::vector<std::unique_ptr<HostFilter>> m_filters;
    std::vector<std::unique_ptr<HostWeigher>> m_weighers;
};

} // namespace sd

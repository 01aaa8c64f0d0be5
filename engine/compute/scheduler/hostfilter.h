#pragma once

#include "hostcandidate.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace sd {

// One step of the filter pipeline (Nova's BaseHostFilter): it removes the hosts that cannot take the
// request and says why, for each host, in the user's words.
class HostFilter
{
public:
    virtual ~HostFilter() = default;
    // The filter's name in NoValidHost reports: "RAM", "Availability zone".
    virtual QString name() const = 0;
    // True when the host passes; otherwise *why says what the host lacks ("host-b has 412 MB free,
    // needs 2048 MB").
    virtual bool passes(const HostCandidate &host, const ScheduleRequest &request, QString *why) const = 0;
};

// Nova's default order: cheap filters first.
std::vector<std::unique_ptr<HostFilter>> defaultFilters();

} // namespace sd

#include "scheduler.h"

#include <algorithm>
#include <numeric>

namespace sd {

Scheduler::Scheduler(SchedulerOptions options)
    : m_options(options), m_filters(defaultFilters()), m_weighers(weighersFor(options))
{
}

QList<HostCandidate> Scheduler::rank(const QList<HostCandidate> &hosts, const ScheduleRequest &request,
                                     QStringList *report) const
{
    QList<HostCandidate> passing = hosts;
    for (const auto &filter : m_filters) {
        QStringList reasons;
        QList<HostCandidate> kept;
        for (const HostCandidate &h : passing) {
            QString why;
            if (filter->passes(h, request, &why))
                kept.append(h);
            else
                reasons.append(why);
        }
        if (report && !reasons.isEmpty())
            report->append(tr("%1: removed %n host(s): %2", nullptr, int(reasons.size()))
                               .arg(filter->name(), reasons.join(QStringLiteral("; "))));
        passing = kept;
    }
    if (passing.size() < 2)
        return passing;

    // Nova normalises each weigher's raw weights to 0..1 over the candidates before the multiplier.
    QList<double> total(passing.size(), 0.0);
    for (const auto &w : m_weighers) {
        QList<double> raw;
        for (const HostCandidate &h : passing)
            raw.append(w->weigh(h, request));
        const auto [lo, hi] = std::minmax_element(raw.cbegin(), raw.cend());
        const double span = *hi - *lo;
        for (int i = 0; i < passing.size(); ++i)
            total[i] += w->multiplier() * (span > 0 ? (raw[i] - *lo) / span : 0.0);
    }
    QList<int> order(passing.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (total[a] != total[b])
            return total[a] > total[b];
        return passing[a].record.name < passing[b].record.name;
    });
    QList<HostCandidate> ranked;
    for (int i : order)
        ranked.append(passing[i]);
    return ranked;
}

Result<HostCandidate> Scheduler::select(const QList<HostCandidate> &hosts, const ScheduleRequest &request) const
{
    QStringList report;
    const QList<HostCandidate> ranked = rank(hosts, request, &report);
    if (!ranked.isEmpty())
        return ranked.first();
    const QString need = tr("%1 vCPUs, %2 MB RAM, %3 GB disk").arg(request.vcpus).arg(request.ramMb).arg(request.diskGb);
    if (hosts.isEmpty())
        return makeError(ErrorCode::NoValidHost,
                         tr("No valid host was found for %1: the cloud has no hosts; add one first").arg(need));
    return makeError(ErrorCode::NoValidHost,
                     tr("No valid host was found for %1. %2").arg(need, report.join(QStringLiteral(". "))),
                     report.join(QLatin1Char('\n')));
}

} // namespace sd

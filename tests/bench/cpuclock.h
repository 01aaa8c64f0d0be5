#pragma once

// CPU time for the console benchmarks: this process's (every thread: the VNC sessions have threads of
// their own) and another process's, read from /proc the way top does, plus the processes a child started
// (a viewer under xvfb-run under `ip netns exec`).

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/resource.h>
#include <unistd.h>

namespace sd::bench {

// User + system CPU seconds of this whole process so far.
inline double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ProcStat
{
    qint64 pid = 0;
    qint64 ppid = 0;
    QString comm;
    double cpuSeconds = 0; // utime + stime
};

// /proc/PID/stat; comm is in parentheses and may hold spaces, so the fields are counted after the last ')'.
inline std::optional<ProcStat> procStat(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString line = QString::fromLatin1(f.readAll());
    const qsizetype open = line.indexOf(u'('), close = line.lastIndexOf(u')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QStringList fields = line.mid(close + 2).split(u' ');
    // fields[0] is state (field 3); ppid is field 4, utime 14, stime 15.
    if (fields.size() < 13)
        return std::nullopt;
    ProcStat s;
    s.pid = pid;
    s.comm = line.mid(open + 1, close - open - 1);
    s.ppid = fields[1].toLongLong();
    const double tick = double(sysconf(_SC_CLK_TCK));
    s.cpuSeconds = double(fields[11].toLongLong() + fields[12].toLongLong()) / tick;
    return s;
}

// Every live descendant of root (not root itself).
inline QList<ProcStat> descendants(qint64 root)
{
    QList<ProcStat> all;
    for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        if (number)
            if (auto s = procStat(pid))
                all << *s;
    }
    QList<ProcStat> found;
    QList<qint64> parents{root};
    while (!parents.isEmpty()) {
        const qint64 parent = parents.takeFirst();
        for (const ProcStat &s : all)
            if (s.ppid == parent) {
                found << s;
                parents << s.pid;
            }
    }
    return found;
}

} // namespace sd::bench

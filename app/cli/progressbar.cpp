#include "progressbar.h"

#include "tasks/taskrunner.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

namespace sd::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr int kMinimumBarWidth = 10;
// The rate changes with every chunk; more than a few redraws a second only make it flicker.
constexpr qint64 kRedrawIntervalMs = 200;
// Before this, bytes-per-second is mostly start-up noise.
constexpr qint64 kRateAfterMs = 500;
constexpr qint64 kRateStaleAfterMs = 2000;

} // namespace

ProgressBar::ProgressBar(TaskRunner &tasks, QString taskId, QString label, qint64 totalBytes,
                         QTextStream &err)
    : m_tasks(tasks), m_taskId(std::move(taskId)), m_label(std::move(label)), m_totalBytes(totalBytes),
      m_err(err)
{
    if (!stderrIsTerminal())
        return;
    m_sinceStart.start();
    m_connection = QObject::connect(&m_tasks, &TaskRunner::taskChanged, [this](const QString &id) {
        if (id == m_taskId)
            redraw();
    });
    redraw();
}

ProgressBar::~ProgressBar()
{
    QObject::disconnect(m_connection);
    if (m_drawnState.isEmpty())
        return;
    // Carriage return, then ANSI "erase to end of line".
    m_err << "\r\x1b[K";
    m_err.flush();
}

bool ProgressBar::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

int ProgressBar::terminalWidth()
{
    struct winsize size = {};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

QString ProgressBar::rate(double bytesPerSecond)
{
    static const char *const units[] = {"B/s", "KiB/s", "MiB/s", "GiB/s"};
    int unit = 0;
    while (bytesPerSecond >= 1024.0 && unit < 3) {
        bytesPerSecond /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(bytesPerSecond, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString ProgressBar::line(const QString &label, int percent, double bytesPerSecond, int width)
{
    percent = std::clamp(percent, 0, 100);
    QString tail = QStringLiteral("%1%").arg(percent, 3);
    if (bytesPerSecond >= 0)
        tail += QStringLiteral("  ") + rate(bytesPerSecond);
    const int available = std::max(width - 1, 0);
    // label + "  [" + bar + "]  " + tail: shrink the bar first, then the label.
    const int fixed = 2 + 1 + 1 + 2 + int(tail.size());
    int barWidth = std::clamp(available - fixed - int(label.size()), kMinimumBarWidth, kBarWidth);
    QString shownLabel = label;
    const int labelRoom = available - fixed - barWidth;
    if (shownLabel.size() > labelRoom)
        shownLabel = labelRoom > 1 ? shownLabel.left(labelRoom - 1) + QChar(0x2026) : QString();
    const int filled = percent * barWidth / 100;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(barWidth - filled, QLatin1Char('.'));
    return (shownLabel + QStringLiteral("  [") + bar + QStringLiteral("]  ") + tail).left(available);
}

void ProgressBar::redraw()
{
    const std::optional<TaskInfo> info = m_tasks.task(m_taskId);
    if (!info || info->isFinished())
        return;
    const qint64 nowMs = m_sinceStart.elapsed();
    if (info->progress != m_progress) {
        m_progress = info->progress;
        m_progressAtMs = nowMs;
    }
    // The average up to the last step forward, and none once the bytes stop moving (qemu-img checking
    // the data, a stalled download): a rate that decays while nothing is transferred misleads.
    double bytesPerSecond = -1;
    if (m_totalBytes > 0 && m_progressAtMs >= kRateAfterMs && nowMs - m_progressAtMs < kRateStaleAfterMs)
        bytesPerSecond = double(m_totalBytes) * m_progress / 100.0 / (m_progressAtMs / 1000.0);
    const QString label = info->phase.isEmpty() ? m_label : info->phase;
    // A new phase or percentage shows at once; a new rate alone waits for the interval.
    const QString state = label + QLatin1Char('\n') + QString::number(info->progress);
    if (state == m_drawnState && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < kRedrawIntervalMs)
        return;
    m_sinceDraw.start();
    m_drawnState = state;
    m_err << "\r\x1b[K" << line(label, info->progress, bytesPerSecond, terminalWidth());
    m_err.flush();
}

} // namespace sd::cli

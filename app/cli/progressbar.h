#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QTextStream>

namespace sd {
class TaskRunner;
}

namespace sd::cli {

// A one-line bar on stderr for a task the user waits for — "Uploading  [#####.....]  42%  120.0 MiB/s" —
// redrawn in place with \r whenever TaskRunner::taskChanged reports progress. The label is the task's own
// phase ("Checking the image", "Cancelling…") when it has one. It draws only when stderr is a terminal:
// scripts, logs and tests see nothing of it.
class ProgressBar
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ProgressBar)

public:
    // totalBytes: what 100% is, for the transfer rate; -1 when unknown (a download of unknown length).
    ProgressBar(TaskRunner &tasks, QString taskId, QString label, qint64 totalBytes, QTextStream &err);
    // Erases the bar, so what follows starts on a clean line.
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    static bool stderrIsTerminal();
    // The bar's text, at most width - 1 characters (a line that fills the last column wraps on some
    // terminals, and \r then redraws only its second half). bytesPerSecond < 0: no rate.
    static QString line(const QString &label, int percent, double bytesPerSecond, int width);
    // "120.0 MiB/s", in binary units like qemu-img's.
    static QString rate(double bytesPerSecond);

private:
    void redraw();
    static int terminalWidth();

    TaskRunner &m_tasks;
    QString m_taskId;
    QString m_label;
    qint64 m_totalBytes;
    QTextStream &m_err;
    QMetaObject::Connection m_connection;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceDraw;
    int m_progress = 0;
    qint64 m_progressAtMs = 0; // when the percentage last moved, on m_sinceStart's clock
    QString m_drawnState; // label and percentage on screen; empty until the first draw
};

} // namespace sd::cli

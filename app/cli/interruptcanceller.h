#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <memory>

class QSocketNotifier;

namespace sd {
class TaskRunner;
}

namespace sd::cli {

// While it lives, Ctrl-C (SIGINT) and SIGTERM cancel one task instead of killing stackctl, so the engine
// can undo what the task stored (a half-uploaded image's row and data) before stackctl exits. The signal
// handler only writes a byte to a pipe (all a handler may safely do); a QSocketNotifier on the other end
// cancels the task from the event loop that TaskRunner::wait spins. One at a time.
class InterruptCanceller
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::InterruptCanceller)

public:
    InterruptCanceller(TaskRunner &tasks, QString taskId, QTextStream &err);
    // Puts the previous signal handlers back.
    ~InterruptCanceller();
    InterruptCanceller(const InterruptCanceller &) = delete;
    InterruptCanceller &operator=(const InterruptCanceller &) = delete;

private:
    static void onSignal(int signal);
    void cancel();

    TaskRunner &m_tasks;
    QString m_taskId;
    QTextStream &m_err;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
    bool m_toldNotCancellable = false;
};

} // namespace sd::cli

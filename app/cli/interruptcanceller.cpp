#include "interruptcanceller.h"

#include "tasks/taskrunner.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace sd::cli {

namespace {

// The self-pipe: the handler writes to [1], the notifier reads [0]. Static because a signal handler can
// reach nothing else.
int s_pipe[2] = {-1, -1};

} // namespace

void InterruptCanceller::onSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    // Non-blocking: when the pipe is full, a cancel is already on its way.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

InterruptCanceller::InterruptCanceller(TaskRunner &tasks, QString taskId, QTextStream &err)
    : m_tasks(tasks), m_taskId(std::move(taskId)), m_err(err)
{
    Q_ASSERT(s_pipe[0] < 0);
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // without the pipe Ctrl-C keeps its default meaning: stackctl ends at once
    m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { cancel(); });

    struct sigaction action = {};
    action.sa_handler = &InterruptCanceller::onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: a read or write the engine is in the middle of carries on instead of failing with EINTR.
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_previousInt);
    sigaction(SIGTERM, &action, &m_previousTerm);
    m_installed = true;
}

InterruptCanceller::~InterruptCanceller()
{
    if (m_installed) {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    m_notifier.reset();
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void InterruptCanceller::cancel()
{
    char buffer[64];
    while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
    }
    // TaskRunner::cancel sets the phase to "Cancelling…", which the progress bar shows; the engine's
    // "…: cancelled" error then ends the command with exit code 1.
    if (m_tasks.cancel(m_taskId) || m_toldNotCancellable)
        return;
    const std::optional<TaskInfo> info = m_tasks.task(m_taskId);
    if (info && info->isFinished())
        return;
    m_toldNotCancellable = true;
    m_err << '\n'
          << tr("This task cannot be cancelled; waiting for it to finish (Ctrl-\\ quits at once).") << '\n';
    m_err.flush();
}

} // namespace sd::cli

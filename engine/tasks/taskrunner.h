#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "taskinfo.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace sd {

class ActionLog;

// Handed to a task's work function, on whatever thread it runs: report progress, notice cancellation.
class TaskControl
{
public:
    virtual ~TaskControl() = default;
    virtual void setProgress(int percent, const QString &phase) = 0;
    virtual bool isCancelled() const = 0;
};

struct TaskSpec
{
    QString title;
    QString action;
    QString targetKind;
    QString targetId;
    QString targetName;
    bool cancellable = false;
    // Runs off the GUI thread: in runIn's thread (a host's worker) or, when runIn is null, in the pool.
    std::function<Result<QVariant>(TaskControl &)> work;
    QObject *runIn = nullptr;
    // Runs on the main thread with work's result, unless the task was cancelled meanwhile: the place for
    // store writes and notifications. Its result is the task's result.
    std::function<Result<QVariant>(const Result<QVariant> &)> finish;
    // Runs on the main thread instead of finish when the task was cancelled: the place to undo what was
    // stored before the task started (a half-uploaded image's row, say).
    std::function<void()> cancelled;
};

// Runs everything that touches a host as a task with progress, a final result and an action-log row.
// The GUI watches taskChanged; the CLI calls wait().
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(ActionLog *log, QObject *parent = nullptr);
    ~TaskRunner() override;

    QString start(const RequestContext &ctx, TaskSpec spec);
    bool cancel(const QString &taskId);

    QList<TaskInfo> tasks() const;
    std::optional<TaskInfo> task(const QString &taskId) const;
    // The final result; spins an event loop until the task ends (for the CLI and tests, never the GUI).
    Result<QVariant> wait(const QString &taskId);

    // Blocks until queued pool work has finished; the Engine calls it before it goes away.
    void drain();

Q_SIGNALS:
    void taskChanged(const QString &taskId);
    void taskFinished(const QString &taskId);

private:
    struct Entry;
    void complete(const std::shared_ptr<Entry> &entry, Result<QVariant> result);

    ActionLog *m_log;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QList<QString> m_order;
};

} // namespace sd

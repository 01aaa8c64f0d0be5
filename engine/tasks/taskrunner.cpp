#include "taskrunner.h"

#include "actionlog.h"
#include "core/ids.h"
#include "core/logging.h"

#include <QEventLoop>
#include <QPointer>
#include <QThreadPool>

namespace sd {

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued: return QStringLiteral("queued");
    case TaskState::Running: return QStringLiteral("running");
    case TaskState::Succeeded: return QStringLiteral("succeeded");
    case TaskState::Failed: return QStringLiteral("failed");
    case TaskState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

struct TaskRunner::Entry : TaskControl
{
    QPointer<TaskRunner> runner;
    mutable QMutex mutex;
    TaskInfo info;
    RequestContext ctx;
    QString targetId;
    std::atomic<bool> cancelled{false};
    std::optional<Result<QVariant>> result;
    std::function<Result<QVariant>(const Result<QVariant> &)> finish;
    std::function<void()> onCancelled;

    void setProgress(int percent, const QString &phase) override
    {
        {
            QMutexLocker lock(&mutex);
            info.progress = qBound(0, percent, 100);
            info.phase = phase;
            info.state = TaskState::Running;
        }
        const QString id = info.id;
        QPointer<TaskRunner> r = runner;
        QMetaObject::invokeMethod(
            r, [r, id] { if (r) emit r->taskChanged(id); }, Qt::QueuedConnection);
    }
    bool isCancelled() const override { return cancelled.load(); }
};

TaskRunner::TaskRunner(ActionLog *log, QObject *parent) : QObject(parent), m_log(log) {}

TaskRunner::~TaskRunner()
{
    drain();
}

void TaskRunner::drain()
{
    QThreadPool::globalInstance()->waitForDone();
}

QString TaskRunner::start(const RequestContext &ctx, TaskSpec spec)
{
    auto entry = std::make_shared<Entry>();
    entry->runner = this;
    entry->ctx = ctx;
    entry->targetId = spec.targetId;
    entry->finish = std::move(spec.finish);
    entry->onCancelled = std::move(spec.cancelled);
    entry->info.id = newId();
    entry->info.requestId = ctx.requestId;
    entry->info.title = spec.title;
    entry->info.action = spec.action;
    entry->info.targetKind = spec.targetKind;
    entry->info.targetId = spec.targetId;
    entry->info.targetName = spec.targetName;
    entry->info.cancellable = spec.cancellable;
    entry->info.createdAt = QDateTime::currentDateTimeUtc();
    const QString id = entry->info.id;
    {
        QMutexLocker lock(&m_mutex);
        m_entries.insert(id, entry);
        m_order.append(id);
    }
    emit taskChanged(id);

    QPointer<TaskRunner> self = this;
    auto work = [self, entry, fn = std::move(spec.work)]() {
        Result<QVariant> result = makeError(ErrorCode::Internal, tr("Task has no work"));
        if (!entry->isCancelled()) {
            entry->setProgress(0, entry->info.phase);
            result = fn ? fn(*entry) : Result<QVariant>(QVariant());
        }
        QMetaObject::invokeMethod(
            self, [self, entry, result]() mutable {
                if (self)
                    self->complete(entry, std::move(result));
            },
            Qt::QueuedConnection);
    };
    if (spec.runIn)
        QMetaObject::invokeMethod(spec.runIn, work, Qt::QueuedConnection);
    else
        QThreadPool::globalInstance()->start(work);
    return id;
}

void TaskRunner::complete(const std::shared_ptr<Entry> &entry, Result<QVariant> result)
{
    if (entry->isCancelled()) {
        result = makeError(ErrorCode::Conflict, tr("%1: cancelled").arg(entry->info.title));
        if (entry->onCancelled)
            entry->onCancelled();
    } else if (entry->finish) {
        result = entry->finish(result);
    }
    {
        QMutexLocker lock(&entry->mutex);
        entry->info.finishedAt = QDateTime::currentDateTimeUtc();
        if (entry->isCancelled())
            entry->info.state = TaskState::Cancelled;
        else if (result.ok()) {
            entry->info.state = TaskState::Succeeded;
            entry->info.progress = 100;
        } else {
            entry->info.state = TaskState::Failed;
            entry->info.error = result.error();
        }
        entry->result = result;
    }
    if (m_log) {
        const TaskInfo info = entry->info;
        m_log->record(entry->ctx, info.action, info.targetKind, entry->targetId, info.targetName, info.createdAt,
                      taskStateName(info.state), result.ok() ? info.phase : result.error().toString());
    }
    qCDebug(lcTasks) << entry->info.title << taskStateName(entry->info.state);
    emit taskChanged(entry->info.id);
    emit taskFinished(entry->info.id);
}

bool TaskRunner::cancel(const QString &taskId)
{
    std::shared_ptr<Entry> entry;
    {
        QMutexLocker lock(&m_mutex);
        entry = m_entries.value(taskId);
    }
    if (!entry || !entry->info.cancellable || entry->result)
        return false;
    entry->cancelled = true;
    {
        QMutexLocker lock(&entry->mutex);
        entry->info.phase = tr("Cancelling…");
    }
    emit taskChanged(taskId);
    return true;
}

QList<TaskInfo> TaskRunner::tasks() const
{
    QMutexLocker lock(&m_mutex);
    QList<TaskInfo> list;
    for (const QString &id : m_order) {
        const auto &e = m_entries.value(id);
        QMutexLocker l2(&e->mutex);
        list.append(e->info);
    }
    return list;
}

std::optional<TaskInfo> TaskRunner::task(const QString &taskId) const
{
    QMutexLocker lock(&m_mutex);
    const auto e = m_entries.value(taskId);
    if (!e)
        return std::nullopt;
    QMutexLocker l2(&e->mutex);
    return e->info;
}

Result<QVariant> TaskRunner::wait(const QString &taskId)
{
    std::shared_ptr<Entry> entry;
    {
        QMutexLocker lock(&m_mutex);
        entry = m_entries.value(taskId);
    }
    if (!entry)
        return makeError(ErrorCode::NotFound, tr("Task %1: no such task").arg(taskId));
    QEventLoop loop;
    auto conn = connect(this, &TaskRunner::taskFinished, &loop, [&](const QString &id) {
        if (id == taskId)
            loop.quit();
    });
    if (!entry->result)
        loop.exec();
    disconnect(conn);
    return *entry->result;
}

} // namespace sd

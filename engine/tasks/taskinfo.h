#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sd {

enum class TaskState {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
};

QString taskStateName(TaskState state);

// A snapshot of one task, as the tasks dock and `stackctl` show it.
struct TaskInfo
{
    QString id;
    QString requestId;
    QString title;      // "Add host compute-4"
    QString action;     // "host.add", for the action log
    QString targetKind; // "host"
    QString targetId;
    QString targetName;
    int progress = 0;   // 0..100
    QString phase;      // "Connecting to qemu+ssh://..."
    TaskState state = TaskState::Queued;
    bool cancellable = false;
    Error error;        // when Failed
    QDateTime createdAt;
    QDateTime finishedAt;

    bool isFinished() const
    {
        return state == TaskState::Succeeded || state == TaskState::Failed || state == TaskState::Cancelled;
    }
};

} // namespace sd

Q_DECLARE_METATYPE(sd::TaskInfo)

#pragma once

#include "clierror.h"

#include <QString>
#include <QVariant>

namespace sd::cli {

class CliContext;

// Waits for a task the user started and is watching: a progress bar while it runs (on a terminal), Ctrl-C
// cancels it, and its end is the command's end — its result, or its error (exit 1, "…: cancelled" after
// Ctrl-C).
class ForegroundTask
{
public:
    // label: the bar's text until the task names its phase; totalBytes: what the task moves, for the
    // transfer rate (-1 when unknown).
    static CliResult<QVariant> wait(CliContext &ctx, const QString &taskId, const QString &label,
                                    qint64 totalBytes = -1);
};

} // namespace sd::cli

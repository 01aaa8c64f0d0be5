#include "foregroundtask.h"

#include "clicontext.h"
#include "interruptcanceller.h"
#include "progressbar.h"

#include "engine.h"
#include "tasks/taskrunner.h"

namespace sd::cli {

CliResult<QVariant> ForegroundTask::wait(CliContext &ctx, const QString &taskId, const QString &label,
                                         qint64 totalBytes)
{
    TaskRunner &tasks = ctx.engine().tasks();
    Result<QVariant> done = makeError(ErrorCode::Internal, QString());
    {
        const InterruptCanceller interrupt(tasks, taskId, ctx.err());
        const ProgressBar bar(tasks, taskId, label, totalBytes, ctx.err());
        done = tasks.wait(taskId);
        // The bar is erased here, before anything else is printed.
    }
    if (!done)
        return CliError::fromEngine(done.error());
    return done.value();
}

} // namespace sd::cli

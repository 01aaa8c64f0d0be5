#include "volumewait.h"

#include "clicontext.h"
#include "foregroundtask.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"
#include "volume/volumeservice.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace sd::cli {

namespace {

// Snapshots and backups come with no task id: their status is read again while the event loop delivers
// the task's end (its store writes happen on this thread), a few times a second.
constexpr int kPollMs = 100;

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(kPollMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool isErrorStatus(VolumeStatus status)
{
    return status == VolumeStatus::Error || status == VolumeStatus::ErrorDeleting ||
           status == VolumeStatus::ErrorExtending || status == VolumeStatus::ErrorRestoring;
}

bool isBusy(CopyStatus status)
{
    return status == CopyStatus::Creating || status == CopyStatus::Deleting ||
           status == CopyStatus::Restoring;
}

bool isErrorStatus(CopyStatus status)
{
    return status == CopyStatus::Error || status == CopyStatus::ErrorDeleting;
}

// Reads the copy until it settles; `show` is showSnapshot or showBackup. stillBusy: "%1 is still %2
// after %3 minutes".
template <typename Copy>
CliResult<Copy> waitForCopy(const Copy &copy, const std::function<Result<Copy>()> &show,
                            const QString &failure, const QString &stillBusy)
{
    Result<Copy> current = copy;
    const bool settled = spinUntil(
        [&] {
            current = show();
            return !current || !isBusy(current->status);
        },
        VolumeWait::kTimeoutMs);
    if (!current)
        return CliError::fromEngine(current.error());
    if (!settled)
        return CliError{ExitUserError,
                        stillBusy.arg(copy.label(), copyStatusName(current->status),
                                      QString::number(VolumeWait::kTimeoutMs / 60000)),
                        {}};
    if (isErrorStatus(current->status))
        return CliError{ExitUserError,
                        failure.arg(current->label(), current->fault.isEmpty()
                                                          ? copyStatusName(current->status)
                                                          : current->fault),
                        {}};
    return *current;
}

} // namespace

void VolumeWait::forHosts(CliContext &ctx)
{
    ctx.engine().hosts().waitUntilSettled(kHostsSettleMs);
}

CliResult<QVariant> VolumeWait::task(CliContext &ctx, const Result<QString> &started, const QString &label)
{
    if (!started)
        return CliError::fromEngine(started.error());
    if (started->isEmpty())
        return QVariant();
    return ForegroundTask::wait(ctx, *started, label);
}

Result<void> VolumeWait::quietly(CliContext &ctx, const Result<QString> &started)
{
    if (!started)
        return started.error();
    if (!started->isEmpty())
        if (auto done = ctx.engine().tasks().wait(*started); !done)
            return done.error();
    return {};
}

CliResult<Volume> VolumeWait::volume(CliContext &ctx, const Volume &volume, const QString &failure)
{
    auto settled = ctx.engine().volumes().waitUntilSettled(volume.id, kTimeoutMs);
    if (!settled)
        return CliError::fromEngine(settled.error());
    if (isTransitional(settled->status))
        return CliError{
            ExitUserError,
            tr("Volume %1 is still %2 after %3 minutes")
                .arg(volume.label(), volumeStatusName(settled->status), QString::number(kTimeoutMs / 60000)),
            {}};
    if (isErrorStatus(settled->status))
        return CliError{ExitUserError,
                        failure.arg(settled->label(), settled->fault.isEmpty()
                                                          ? volumeStatusName(settled->status)
                                                          : settled->fault),
                        {}};
    return *settled;
}

CliResult<VolumeSnapshot> VolumeWait::snapshot(CliContext &ctx, const VolumeSnapshot &snapshot,
                                               const QString &failure)
{
    VolumeService &volumes = ctx.engine().volumes();
    const RequestContext &request = ctx.request();
    const QString id = snapshot.id;
    return waitForCopy<VolumeSnapshot>(
        snapshot, [&volumes, &request, id] { return volumes.showSnapshot(request, id); }, failure,
        tr("Volume snapshot %1 is still %2 after %3 minutes"));
}

CliResult<VolumeBackup> VolumeWait::backup(CliContext &ctx, const VolumeBackup &backup,
                                           const QString &failure)
{
    VolumeService &volumes = ctx.engine().volumes();
    const RequestContext &request = ctx.request();
    const QString id = backup.id;
    return waitForCopy<VolumeBackup>(
        backup, [&volumes, &request, id] { return volumes.showBackup(request, id); }, failure,
        tr("Volume backup %1 is still %2 after %3 minutes"));
}

} // namespace sd::cli

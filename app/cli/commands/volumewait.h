#pragma once

#include "clierror.h"

#include "core/result.h"
#include "volume/volume.h"

#include <QCoreApplication>
#include <QVariant>

namespace sd::cli {

class CliContext;

// How the block storage commands end when the host is done, not when the engine has accepted: every
// change to a volume runs in a task of this process, so stackctl stays until it ends and reports how.
class VolumeWait
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeWait)

public:
    // Long enough for a copy of a large image on a busy host.
    static constexpr int kTimeoutMs = 600000;
    // Hosts answer their first connection attempt within this (a dead one is reported as down).
    static constexpr int kHostsSettleMs = 5000;

    // Lets the hosts answer first: the engine places volumes on hosts that are up.
    static void forHosts(CliContext &ctx);
    // The task a call started, with a progress bar and Ctrl-C (an empty id is no task): its result, or
    // the call's or the task's error.
    static CliResult<QVariant> task(CliContext &ctx, const Result<QString> &started, const QString &label);
    // The same without a bar, as the engine's Result: for deleteEach, which reports each refusal.
    static Result<void> quietly(CliContext &ctx, const Result<QString> &started);
    // Until the volume is in no transitional status. One that ends in an error status is exit 1 with
    // `failure` ("Error creating volume %1: %2") filled with its name and fault.
    static CliResult<Volume> volume(CliContext &ctx, const Volume &volume, const QString &failure);
    // Until the snapshot or backup is no longer creating, deleting or restoring; one that ends in error
    // is exit 1 with `failure` filled with its name and fault.
    static CliResult<VolumeSnapshot> snapshot(CliContext &ctx, const VolumeSnapshot &snapshot,
                                              const QString &failure);
    static CliResult<VolumeBackup> backup(CliContext &ctx, const VolumeBackup &backup,
                                          const QString &failure);
};

} // namespace sd::cli

#pragma once

#include "clierror.h"

#include "core/result.h"

#include <QStringList>

#include <functional>

namespace sd::cli {

class CliContext;

// The OpenStack client's delete of many: try every name, report each refusal on stderr, and fail once at
// the end, so one resource in use does not keep the others.
// failedLine: "Failed to delete network with name or ID '%1': %2"; summary: "%1 of %2 networks failed to
// delete." (both already translated by the caller, who knows the resource's name).
CliResult<void> deleteEach(CliContext &ctx, const QStringList &names, const QString &failedLine,
                           const QString &summary,
                           const std::function<Result<void>(const QString &)> &remove);

} // namespace sd::cli

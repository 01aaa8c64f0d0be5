#include "deleteeach.h"

#include "clicontext.h"

namespace sd::cli {

CliResult<void> deleteEach(CliContext &ctx, const QStringList &names, const QString &failedLine,
                           const QString &summary, const std::function<Result<void>(const QString &)> &remove)
{
    qsizetype failed = 0;
    for (const QString &name : names) {
        const Result<void> r = remove(name);
        if (r)
            continue;
        ++failed;
        ctx.err() << failedLine.arg(name, r.error().message) << '\n';
    }
    if (failed == 0)
        return {};
    return CliError{ExitUserError, summary.arg(failed).arg(names.size()), {}};
}

} // namespace sd::cli

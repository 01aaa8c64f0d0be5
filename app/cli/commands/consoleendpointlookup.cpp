#include "consoleendpointlookup.h"

#include "clicontext.h"

#include "console/consoleservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"

#include <QEventLoop>

#include <optional>

namespace sd::cli {

namespace {
// Hosts answer their first connection attempt within this (a dead one is reported as down).
constexpr int kSettleMs = 5000;
} // namespace

CliResult<ConsoleEndpoint> lookUpConsoleEndpoint(CliContext &ctx, const QString &server)
{
    ctx.engine().hosts().waitUntilSettled(kSettleMs);
    QEventLoop loop;
    std::optional<Result<ConsoleEndpoint>> found;
    ctx.engine().consoles().endpoint(ctx.request(), server, &loop, [&](Result<ConsoleEndpoint> result) {
        found = std::move(result);
        loop.quit();
    });
    if (!found)
        loop.exec();
    if (!found->ok())
        return CliError::fromEngine(found->error());
    return found->value();
}

} // namespace sd::cli

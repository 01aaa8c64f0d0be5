#pragma once

#include "clierror.h"

#include "console/consoleendpoint.h"

namespace sd::cli {

class CliContext;

// Where SERVER's consoles are, as ConsoleService answers once the hosts have answered their first
// connection attempt; waits with an event loop running (the answer comes from the host's worker).
CliResult<ConsoleEndpoint> lookUpConsoleEndpoint(CliContext &ctx, const QString &server);

} // namespace sd::cli

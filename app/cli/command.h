#pragma once

#include "argumentparser.h"
#include "clierror.h"
#include "column.h"

#include <functional>

namespace sd::cli {

class CliContext;

// One `stackctl <resource> <verb>`: what it accepts, what it prints, and the function that does it.
// The command line is parsed and checked against this before the engine is opened.
struct CommandSpec
{
    QStringList words = {}; // {"host", "list"}, {"action", "log", "list"}
    QString summary = {};
    QList<OptionSpec> options = {};
    QList<PositionalSpec> positionals = {}; // required unless marked optional; only the last may repeat
    QList<Column> columns = {};             // what -c may choose from; empty for commands that print nothing
    std::function<CliResult<void>(CliContext &, const ParsedArgs &)> run = {};
    // Rules between options that parsing alone cannot see ("host set needs at least one option"); runs
    // before the engine opens. May be empty.
    std::function<CliResult<void>(const ParsedArgs &)> check = {};

    QString name() const { return words.join(QLatin1Char(' ')); }
};

} // namespace sd::cli

#pragma once

#include "argumentparser.h"
#include "outputformatter.h"

namespace sd::cli {

// The options every command accepts, before or after `<resource> <verb>` (as the OpenStack client does),
// with the openrc-style OS_* environment variables as fallbacks.
struct GlobalOptions
{
    bool demo = false;
    QString dataDir; // empty: the engine's default (STACKDESK_DATA_DIR, XDG_DATA_HOME)
    QString username;
    QString password;
    bool passwordGiven = false; // by option or environment, even if empty; else stackctl asks for it
    QString projectName;
    OutputFormat format = OutputFormat::Table;
    QStringList columns;

    static QList<OptionSpec> specs();
    static CliResult<GlobalOptions> from(const ParsedArgs &args);

    Q_DECLARE_TR_FUNCTIONS(sd::cli::GlobalOptions)
};

} // namespace sd::cli

#pragma once

#include "commandregistry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sd::cli {

// One stackctl run: finds `<resource> <verb>` among the arguments, parses and checks everything before the
// engine opens (so usage errors and --help are instant and create nothing), runs the command, and turns
// the outcome into an exit code and a message on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &args);

private:
    CliResult<void> dispatch(const QStringList &args);
    CliResult<void> runCommand(const CommandSpec &command, const QStringList &rest, ParsedArgs parsed);
    CliResult<void> printVersion();
    void report(const CliError &error);

    CommandRegistry m_registry;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_helpHint; // the --help to suggest after a usage error
};

} // namespace sd::cli

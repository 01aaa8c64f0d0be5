#pragma once

#include "commandregistry.h"

#include <QCoreApplication>

namespace sd::cli {

// The --help texts, at the three levels: stackctl, a resource, a command.
class HelpPrinter
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::HelpPrinter)

public:
    static QString global(const CommandRegistry &registry);
    static QString resource(const CommandRegistry &registry, const QStringList &words);
    static QString command(const CommandSpec &command);
    // "stackctl host add --uri URI [--availability-zone AZ] NAME"
    static QString synopsis(const CommandSpec &command);

private:
    static QString optionLines(const QList<OptionSpec> &options);
    static QString commandLines(const QList<const CommandSpec *> &commands);
};

} // namespace sd::cli

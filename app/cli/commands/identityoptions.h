#pragma once

#include "command.h"

#include <QCoreApplication>

#include <optional>

namespace sd::cli {

class CliContext;

// Options and checks the identity commands share: --enable/--disable, --password/--password-prompt, and
// "set needs at least one change".
class IdentityOptions
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::IdentityOptions)

public:
    // `what` names the thing in the help text: "project", "user".
    static QList<OptionSpec> enableDisable();
    // --enable: true, --disable: false, neither: nothing to change.
    static std::optional<bool> enabled(const ParsedArgs &args);

    // --password P | --password-prompt
    static QList<OptionSpec> password();
    // Exit 2 when both are given, or (when required) neither.
    static CliResult<void> checkPassword(const ParsedArgs &args, bool required);
    // The new password from --password or from the prompt (asked twice); empty when neither was given.
    static CliResult<std::optional<QString>> newPassword(CliContext &ctx, const ParsedArgs &args);

    // Exit 2 when both options of a pair are given.
    static CliResult<void> checkExclusive(const ParsedArgs &args, const QString &first,
                                          const QString &second);
    // Exit 2 for a `set` without anything to change; the message lists what it can change.
    static CliResult<void> checkAnyOf(const ParsedArgs &args, const QString &command,
                                      const QStringList &keys);

    // A lone "NAME" argument for create, or the "PROJECT" that names an existing one.
    static PositionalSpec argument(const QString &name, const QString &help, bool many = false);
};

} // namespace sd::cli

#include "identityoptions.h"

#include "clicontext.h"
#include "passwordprompt.h"

namespace sd::cli {

QList<OptionSpec> IdentityOptions::enableDisable()
{
    return {
        {.names = {QStringLiteral("--enable")}, .help = tr("enable it (the default for a new one)")},
        {.names = {QStringLiteral("--disable")}, .help = tr("disable it: no one can log in with it")},
    };
}

std::optional<bool> IdentityOptions::enabled(const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("enable")))
        return true;
    if (args.isSet(QStringLiteral("disable")))
        return false;
    return std::nullopt;
}

QList<OptionSpec> IdentityOptions::password()
{
    return {
        {.names = {QStringLiteral("--password")},
         .valueName = QStringLiteral("PASSWORD"),
         .help = tr("the user's password (visible to other local users in the process list; prefer "
                    "--password-prompt)")},
        {.names = {QStringLiteral("--password-prompt")},
         .help = tr("ask for the password twice, without echo (reads stdin when it is not a terminal)")},
    };
}

CliResult<void> IdentityOptions::checkExclusive(const ParsedArgs &args, const QString &first,
                                                const QString &second)
{
    if (args.isSet(first) && args.isSet(second))
        return CliError::usage(tr("--%1 and --%2 exclude each other; give one").arg(first, second));
    return {};
}

CliResult<void> IdentityOptions::checkPassword(const ParsedArgs &args, bool required)
{
    const QString password = QStringLiteral("password");
    const QString prompt = QStringLiteral("password-prompt");
    if (auto r = checkExclusive(args, password, prompt); !r)
        return r;
    if (required && !args.isSet(password) && !args.isSet(prompt))
        return CliError::usage(tr("--password or --password-prompt is required"));
    return {};
}

CliResult<std::optional<QString>> IdentityOptions::newPassword(CliContext &ctx, const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("password")))
        return std::optional<QString>(args.value(QStringLiteral("password")));
    if (!args.isSet(QStringLiteral("password-prompt")))
        return std::optional<QString>();
    auto asked = PasswordPrompt::askNew(ctx.err(), tr("User Password: "), tr("Repeat User Password: "));
    if (!asked)
        return asked.error();
    return std::optional<QString>(*asked);
}

CliResult<void> IdentityOptions::checkAnyOf(const ParsedArgs &args, const QString &command,
                                            const QStringList &keys)
{
    for (const QString &key : keys)
        if (args.isSet(key))
            return {};
    return CliError::usage(tr("%1: nothing to change; give at least one of --%2")
                               .arg(command, keys.join(QStringLiteral(", --"))));
}

PositionalSpec IdentityOptions::argument(const QString &name, const QString &help, bool many)
{
    return {.name = name, .help = help, .many = many};
}

} // namespace sd::cli

#include "globaloptions.h"

namespace sd::cli {

QList<OptionSpec> GlobalOptions::specs()
{
    const QString formats = OutputFormatter::formatNames().join(QLatin1Char('|'));
    return {
        {{QStringLiteral("-h"), QStringLiteral("--help")}, {}, tr("show this help and exit")},
        {{QStringLiteral("--version")}, {}, tr("show the version and exit")},
        {{QStringLiteral("--demo")}, {}, tr("use the demo lab (created on first use)")},
        {{QStringLiteral("--data-dir")},
         QStringLiteral("DIR"),
         tr("the data dir (default: $STACKDESK_DATA_DIR, else $XDG_DATA_HOME/stackdesk)")},
        {{QStringLiteral("--os-username")}, QStringLiteral("USER"), tr("log in as USER (env OS_USERNAME)")},
        {{QStringLiteral("--os-password")},
         QStringLiteral("PASSWORD"),
         tr("the user's password (env OS_PASSWORD)")},
        {{QStringLiteral("--os-project-name")},
         QStringLiteral("PROJECT"),
         tr("the project to work in (env OS_PROJECT_NAME)")},
        {{QStringLiteral("-f"), QStringLiteral("--format")},
         QStringLiteral("FORMAT"),
         tr("output format: %1 (default: table)").arg(formats)},
        {{QStringLiteral("-c"), QStringLiteral("--column")},
         QStringLiteral("COLUMN"),
         tr("print only this column (by header or key); repeat for more"),
         true},
    };
}

CliResult<GlobalOptions> GlobalOptions::from(const ParsedArgs &args)
{
    GlobalOptions options;
    options.demo = args.isSet(QStringLiteral("demo"));
    if (args.isSet(QStringLiteral("data-dir"))) {
        options.dataDir = args.value(QStringLiteral("data-dir"));
        if (options.dataDir.trimmed().isEmpty())
            return CliError::usage(tr("--data-dir: empty path; name a folder"));
    }
    // An explicit option wins over the environment, as with the OpenStack client's openrc variables.
    const auto pick = [&args](const char *key, const char *env) {
        const QString k = QLatin1String(key);
        return args.isSet(k) ? args.value(k) : qEnvironmentVariable(env);
    };
    options.username = pick("os-username", "OS_USERNAME");
    options.password = pick("os-password", "OS_PASSWORD");
    options.passwordGiven =
        args.isSet(QStringLiteral("os-password")) || qEnvironmentVariableIsSet("OS_PASSWORD");
    options.projectName = pick("os-project-name", "OS_PROJECT_NAME");
    if (args.isSet(QStringLiteral("format"))) {
        const QString name = args.value(QStringLiteral("format"));
        const auto format = OutputFormatter::parseFormat(name);
        if (!format)
            return CliError::usage(tr("-f/--format: '%1' is not a format; choose %2")
                                       .arg(name, OutputFormatter::formatNames().join(QStringLiteral(", "))));
        options.format = *format;
    }
    options.columns = args.values(QStringLiteral("column"));
    return options;
}

} // namespace sd::cli

#pragma once

#include "command.h"

#include "image/image.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace sd::cli {

// The options `image create` and `image set` share, and the checks that read them: visibility, protection,
// minimum sizes, properties, tags and formats. Syntax is checked here (exit 2); whether a value is allowed
// (a negative size, a reserved property, who may make an image public) is the engine's to say (exit 1).
class ImageOptions
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImageOptions)

public:
    // --public | --private | --shared | --community
    static QList<OptionSpec> visibility();
    // Exit 2 for more than one of them.
    static CliResult<std::optional<ImageVisibility>> visibility(const ParsedArgs &args);

    // --protected | --unprotected
    static QList<OptionSpec> protection();
    static std::optional<bool> isProtected(const ParsedArgs &args);

    static OptionSpec minDisk();
    static OptionSpec minRam();
    static OptionSpec diskFormat();
    static OptionSpec containerFormat();
    // --property KEY=VALUE (set) or --property KEY (unset), repeatable.
    static OptionSpec property(const QString &valueName, const QString &help);
    // --tag TAG, repeatable.
    static OptionSpec tag(const QString &help);

    // KEY=VALUE pairs from --property; exit 2 for one without '=' or without a key.
    static CliResult<QMap<QString, QString>> properties(const ParsedArgs &args);
    // Exit 2 for a --disk-format or --container-format Glance does not know.
    static CliResult<void> checkFormats(const ParsedArgs &args);
    // Everything create and set share: one visibility, --protected or --unprotected, formats, properties.
    static CliResult<void> checkCommon(const ParsedArgs &args);
};

} // namespace sd::cli

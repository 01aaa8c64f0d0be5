#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace sd::cli {

// The options the block storage commands share (volume, volume type, snapshot, backup) and the syntax
// checks that read them. Whether a value is allowed (a size, a reserved key, who may do what) is the
// engine's to say (exit 1); what cannot be read at all is a usage error here (exit 2).
class VolumeOptions
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeOptions)

public:
    static OptionSpec description(const QString &help);
    // --property KEY=VALUE (set) or --property KEY (unset), repeatable.
    static OptionSpec property(const QString &valueName, const QString &help);
    static OptionSpec allProjects(const QString &help);
    static OptionSpec longList(const QString &help);

    // --bootable | --non-bootable
    static QList<OptionSpec> bootable();
    // --bootable: true, --non-bootable: false, neither: nothing to change.
    static std::optional<bool> isBootable(const ParsedArgs &args);

    // The KEY=VALUE pairs of a repeatable option (`key` without its dashes); exit 2 naming the option for
    // a pair without '=' or without a key.
    static CliResult<QMap<QString, QString>> pairs(const ParsedArgs &args, const QString &key);
    // Exit 2 when more than one of the options is given; the message names those given.
    static CliResult<void> checkOneOf(const ParsedArgs &args, const QStringList &keys);
};

} // namespace sd::cli

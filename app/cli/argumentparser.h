#pragma once

#include "clierror.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace sd::cli {

// What an option's value must look like; checked with the rest of the command line, before the engine opens.
enum class ValueKind
{
    Text,
    Number,  // a finite decimal, e.g. an allocation ratio
    Integer, // a whole number, e.g. megabytes
};

// One option a command (or stackctl itself) accepts.
struct OptionSpec
{
    QStringList names = {}; // {"-f", "--format"}; the last one names the option in ParsedArgs
    QString valueName = {}; // "FORMAT"; empty for a flag
    QString help = {};
    bool repeatable = false; // -c COLUMN may be given many times; others keep the last value
    bool required = false;   // `host add --uri`: checked after parsing, named in the usage line
    ValueKind kind = ValueKind::Text;

    QString key() const;         // "format"
    QString displayName() const; // "-f/--format", as messages name the option
    bool takesValue() const { return !valueName.isEmpty(); }
};

struct PositionalSpec
{
    QString name = {}; // "HOST"
    QString help = {};
    bool optional = false; // `quota show [PROJECT]`
    bool many = false;     // `project delete PROJECT [PROJECT ...]`; only the last positional
};

// The options and positional arguments of one command line, with typed access whose error messages name
// the option and the bad value.
class ParsedArgs
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ParsedArgs)

public:
    bool isSet(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const;
    QStringList values(const QString &key) const { return m_values.value(key); }
    void add(const OptionSpec &option, const QString &value);

    CliResult<std::optional<double>> number(const QString &key) const;
    CliResult<std::optional<qint64>> integer(const QString &key) const;

    QStringList positionals;

private:
    QHash<QString, QStringList> m_values;
};

// Reads "--name value", "--name=value", "-f value", "-fvalue" and flags; "--" ends the options.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ArgumentParser)

public:
    explicit ArgumentParser(QList<OptionSpec> options) : m_options(std::move(options)) {}

    static bool looksLikeOption(const QString &arg);
    const OptionSpec *find(const QString &arg) const;
    // Reads the option at args[index] and its value into `into`; returns the index after them.
    CliResult<qsizetype> takeOption(const QStringList &args, qsizetype index, ParsedArgs &into) const;
    // Reads everything: options into their keys, the rest into positionals.
    CliResult<void> parse(const QStringList &args, ParsedArgs &into) const;

private:
    QList<OptionSpec> m_options;
};

} // namespace sd::cli

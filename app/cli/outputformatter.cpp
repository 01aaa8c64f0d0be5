#include "outputformatter.h"

#include "jsonwriter.h"
#include "tablewriter.h"
#include "valuetext.h"
#include "yamlwriter.h"

#include <algorithm>

namespace sd::cli {

namespace {

Row pick(const Row &row, const QList<qsizetype> &indexes)
{
    Row picked;
    for (qsizetype i : indexes)
        picked.append(row.value(i));
    return picked;
}

QStringList texts(const Row &row)
{
    QStringList cells;
    for (const QVariant &value : row)
        cells.append(ValueText::text(value));
    return cells;
}

// Python's csv.QUOTE_NONNUMERIC, which the OpenStack client uses: every string quoted, numbers bare.
QString csvLine(const Row &row)
{
    QStringList cells;
    for (const QVariant &value : row) {
        if (ValueText::isNumber(value) || value.typeId() == QMetaType::Bool)
            cells.append(ValueText::text(value));
        else
            cells.append(QLatin1Char('"') +
                         ValueText::text(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                         QLatin1Char('"'));
    }
    return cells.join(QLatin1Char(','));
}

} // namespace

std::optional<OutputFormat> OutputFormatter::parseFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("table"))
        return OutputFormat::Table;
    if (n == QLatin1String("json"))
        return OutputFormat::Json;
    if (n == QLatin1String("yaml"))
        return OutputFormat::Yaml;
    if (n == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (n == QLatin1String("value"))
        return OutputFormat::Value;
    return std::nullopt;
}

QStringList OutputFormatter::formatNames()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("yaml"), QStringLiteral("csv"),
            QStringLiteral("value")};
}

CliResult<void> OutputFormatter::checkColumns(const QList<Column> &columns) const
{
    if (m_requested.isEmpty())
        return {};
    if (columns.isEmpty())
        return CliError::usage(tr("-c/--column: this command prints no columns"));
    for (const QString &name : m_requested) {
        const bool known = std::any_of(columns.cbegin(), columns.cend(),
                                       [&name](const Column &c) { return c.matches(name); });
        if (known)
            continue;
        QStringList choices;
        for (const Column &c : columns)
            choices.append(c.key);
        return CliError::usage(
            tr("-c/--column: no column '%1'; choose from %2").arg(name, choices.join(QStringLiteral(", "))));
    }
    return {};
}

QList<qsizetype> OutputFormatter::select(const QList<Column> &columns, bool listTableDefaults) const
{
    // -c NAME picks, of the first kind that names any column: the key as spelt, then headers in any case,
    // then the key in any case. So `owner` (image show: the project's id) and "Owner" (the header of
    // owner_name) each name one column, though each would match the other loosely.
    using Match = bool (*)(const Column &, const QString &);
    const Match kinds[] = {
        [](const Column &c, const QString &name) { return name == c.key; },
        [](const Column &c, const QString &name) {
            return name.compare(c.header, Qt::CaseInsensitive) == 0 ||
                   (!c.listHeader.isEmpty() && name.compare(c.listHeader, Qt::CaseInsensitive) == 0);
        },
        [](const Column &c, const QString &name) { return name.compare(c.key, Qt::CaseInsensitive) == 0; },
    };
    QList<qsizetype> indexes;
    for (const QString &name : m_requested) {
        for (const Match matches : kinds) {
            QList<qsizetype> found;
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (matches(columns.at(i), name))
                    found.append(i);
            for (qsizetype i : found)
                if (!indexes.contains(i))
                    indexes.append(i);
            if (!found.isEmpty())
                break;
        }
    }
    if (!m_requested.isEmpty())
        return indexes;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (!listTableDefaults || columns.at(i).inListTable)
            indexes.append(i);
    return indexes;
}

void OutputFormatter::printList(QTextStream &out, const QList<Column> &columns, const QList<Row> &rows) const
{
    // Tables and `value` are read by people and shell loops: the short set. The rest feed programs: all keys.
    const bool shortSet = m_format == OutputFormat::Table || m_format == OutputFormat::Value;
    const QList<qsizetype> indexes = select(columns, shortSet);
    QStringList keys;
    QStringList headers;
    for (qsizetype i : indexes) {
        keys.append(columns.at(i).key);
        headers.append(columns.at(i).tableHeader());
    }
    QList<Row> picked;
    for (const Row &row : rows)
        picked.append(pick(row, indexes));

    switch (m_format) {
    case OutputFormat::Table: {
        // Like the OpenStack client: an empty list prints nothing rather than a bare header.
        if (picked.isEmpty())
            return;
        QList<QStringList> cells;
        for (const Row &row : picked)
            cells.append(texts(row));
        QList<bool> numeric;
        for (qsizetype c = 0; c < indexes.size(); ++c)
            numeric.append(std::all_of(picked.cbegin(), picked.cend(), [c](const Row &row) {
                return ValueText::isNumber(row.at(c)) || row.at(c).isNull();
            }));
        TableWriter::write(out, headers, cells, numeric);
        break;
    }
    case OutputFormat::Json:
        JsonWriter::writeList(out, keys, picked);
        break;
    case OutputFormat::Yaml:
        YamlWriter::writeList(out, keys, picked);
        break;
    case OutputFormat::Csv:
        out << csvLine(Row(keys.cbegin(), keys.cend())) << '\n';
        for (const Row &row : picked)
            out << csvLine(row) << '\n';
        break;
    case OutputFormat::Value:
        for (const Row &row : picked)
            out << texts(row).join(QLatin1Char(' ')) << '\n';
        break;
    }
}

void OutputFormatter::printOne(QTextStream &out, const QList<Column> &columns, const Row &row) const
{
    const QList<qsizetype> indexes = select(columns, false);
    QStringList keys;
    QList<QStringList> fieldRows;
    const Row picked = pick(row, indexes);
    for (qsizetype n = 0; n < indexes.size(); ++n) {
        keys.append(columns.at(indexes.at(n)).key);
        fieldRows.append({columns.at(indexes.at(n)).header, ValueText::text(picked.at(n))});
    }
    switch (m_format) {
    case OutputFormat::Table:
        TableWriter::write(out, {tr("Field"), tr("Value")}, fieldRows, {false, false});
        break;
    case OutputFormat::Json:
        JsonWriter::writeObject(out, keys, picked);
        break;
    case OutputFormat::Yaml:
        YamlWriter::writeMap(out, keys, picked);
        break;
    case OutputFormat::Csv:
        out << csvLine(Row(keys.cbegin(), keys.cend())) << '\n' << csvLine(picked) << '\n';
        break;
    case OutputFormat::Value:
        for (const QVariant &value : picked)
            out << ValueText::text(value) << '\n';
        break;
    }
}

} // namespace sd::cli

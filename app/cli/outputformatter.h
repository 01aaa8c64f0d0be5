#pragma once

#include "clierror.h"
#include "column.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace sd::cli {

enum class OutputFormat
{
    Table,
    Json,
    Yaml,
    Csv,
    Value,
};

// `-f` and `-c` as the OpenStack client has them: one printer for every command, so each command only says
// which columns it has and what is in them.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::OutputFormatter)

public:
    OutputFormatter(OutputFormat format, QStringList requestedColumns)
        : m_format(format), m_requested(std::move(requestedColumns))
    {
    }

    static std::optional<OutputFormat> parseFormat(const QString &name);
    static QStringList formatNames();

    // Checks -c against the columns a command prints, before the command changes anything.
    CliResult<void> checkColumns(const QList<Column> &columns) const;

    void printList(QTextStream &out, const QList<Column> &columns, const QList<Row> &rows) const;
    void printOne(QTextStream &out, const QList<Column> &columns, const Row &row) const;

private:
    // Indexes of the columns to print: those named by -c in that order, else the format's default set.
    QList<qsizetype> select(const QList<Column> &columns, bool listTableDefaults) const;

    OutputFormat m_format;
    QStringList m_requested;
};

} // namespace sd::cli

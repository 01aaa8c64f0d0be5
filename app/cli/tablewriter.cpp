#include "tablewriter.h"

#include <algorithm>

namespace sd::cli {

namespace {

QString rule(const QList<qsizetype> &widths)
{
    QString line = QStringLiteral("+");
    for (qsizetype width : widths)
        line += QString(width + 2, QLatin1Char('-')) + QLatin1Char('+');
    return line;
}

void writeRow(QTextStream &out, const QStringList &cells, const QList<qsizetype> &widths,
              const QList<bool> &rightAligned)
{
    QList<QStringList> lines;
    qsizetype height = 1;
    for (const QString &cell : cells) {
        lines.append(cell.split(QLatin1Char('\n')));
        height = std::max(height, lines.constLast().size());
    }
    for (qsizetype l = 0; l < height; ++l) {
        out << '|';
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = l < lines.at(c).size() ? lines.at(c).at(l) : QString();
            const QString padded =
                rightAligned.value(c) ? text.rightJustified(widths.at(c)) : text.leftJustified(widths.at(c));
            out << ' ' << padded << " |";
        }
        out << '\n';
    }
}

} // namespace

void TableWriter::write(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                        const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype width = headers.at(c).size();
        for (const QStringList &row : rows)
            for (const QString &line : row.at(c).split(QLatin1Char('\n')))
                width = std::max(width, line.size());
        widths.append(width);
    }
    const QString separator = rule(widths);
    out << separator << '\n';
    writeRow(out, headers, widths, rightAligned);
    out << separator << '\n';
    for (const QStringList &row : rows)
        writeRow(out, row, widths, rightAligned);
    out << separator << '\n';
}

} // namespace sd::cli

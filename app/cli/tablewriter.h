#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace sd::cli {

// The OpenStack client's boxed table (cliff + prettytable): +---+ rules, cells padded by one space,
// numeric columns right-aligned, multi-line cells spread over several lines.
class TableWriter
{
public:
    static void write(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                      const QList<bool> &rightAligned);
};

} // namespace sd::cli

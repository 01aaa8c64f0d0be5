#pragma once

#include "column.h"

#include <QTextStream>

namespace sd::cli {

// Block-style YAML: a list of maps for `list`, one map for `show`; a map value (properties) nests. Strings
// a YAML reader would take for something else (true, null, 1.5, "a: b", a leading '-', ...) are
// double-quoted.
class YamlWriter
{
public:
    static void writeList(QTextStream &out, const QStringList &keys, const QList<Row> &rows);
    static void writeMap(QTextStream &out, const QStringList &keys, const Row &row);
    // One scalar as YAML text, quoted when it must be.
    static QString scalar(const QVariant &value);
    static bool needsQuotes(const QString &text);

private:
    static void map(QTextStream &out, const QStringList &keys, const Row &row, const QString &firstPrefix,
                    const QString &indent);
    // A value after its key's colon: " scalar", or a map's pairs on the following lines at `indent`, or a
    // list's items on the following lines at `listIndent` (PyYAML puts them at the key's own indentation).
    static void value(QTextStream &out, const QVariant &value, const QString &indent,
                      const QString &listIndent);
    // The pairs of a map; the first after `firstPrefix` ("- " for an item of a list), the rest at `indent`.
    static void pairs(QTextStream &out, const QVariantMap &map, const QString &firstPrefix,
                      const QString &indent);
};

} // namespace sd::cli

#pragma once

#include "column.h"

#include <QTextStream>

namespace sd::cli {

// JSON as the OpenStack client prints it (Python's json.dumps with indent=2), keys in column order —
// which QJsonObject, sorting its keys, would lose.
class JsonWriter
{
public:
    static void writeList(QTextStream &out, const QStringList &keys, const QList<Row> &rows);
    static void writeObject(QTextStream &out, const QStringList &keys, const Row &row);
    static QString quote(const QString &text);

private:
    static void object(QTextStream &out, const QStringList &keys, const Row &row, const QString &indent);
    static void value(QTextStream &out, const QVariant &value, const QString &indent);
};

} // namespace sd::cli

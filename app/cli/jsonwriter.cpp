#include "jsonwriter.h"

#include "valuetext.h"

#include <cmath>
#include <iterator>

namespace sd::cli {

namespace {
const QString step = QStringLiteral("  ");
}

QString JsonWriter::quote(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        default:
            // DEL too: JSON allows it raw, but YAML (which shares this quoting) does not.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QLatin1Char('"');
}

void JsonWriter::value(QTextStream &out, const QVariant &v, const QString &indent)
{
    if (!v.isValid() || v.isNull()) {
        out << "null";
    } else if (v.typeId() == QMetaType::Bool) {
        out << (v.toBool() ? "true" : "false");
    } else if (v.typeId() == QMetaType::Double) {
        // JSON has no NaN or Infinity.
        const double d = v.toDouble();
        out << (std::isfinite(d) ? ValueText::formatDouble(d) : QStringLiteral("null"));
    } else if (ValueText::isNumber(v)) {
        out << v.toString();
    } else if (ValueText::isList(v)) {
        const QVariantList items = ValueText::items(v);
        if (items.isEmpty()) {
            out << "[]";
            return;
        }
        out << "[\n";
        for (qsizetype i = 0; i < items.size(); ++i) {
            out << indent << step;
            value(out, items.at(i), indent + step);
            out << (i + 1 < items.size() ? ",\n" : "\n");
        }
        out << indent << ']';
    } else if (ValueText::isMap(v)) {
        // Keys in QVariantMap's sorted order: the same text every run, for scripts and tests.
        const QVariantMap map = v.toMap();
        if (map.isEmpty()) {
            out << "{}";
            return;
        }
        out << "{\n";
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            out << indent << step << quote(it.key()) << ": ";
            value(out, it.value(), indent + step);
            out << (std::next(it) != map.cend() ? ",\n" : "\n");
        }
        out << indent << '}';
    } else {
        out << quote(ValueText::text(v));
    }
}

void JsonWriter::object(QTextStream &out, const QStringList &keys, const Row &row, const QString &indent)
{
    out << "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out << indent << step << quote(keys.at(i)) << ": ";
        value(out, row.value(i), indent + step);
        out << (i + 1 < keys.size() ? ",\n" : "\n");
    }
    out << indent << '}';
}

void JsonWriter::writeList(QTextStream &out, const QStringList &keys, const QList<Row> &rows)
{
    if (rows.isEmpty()) {
        out << "[]\n";
        return;
    }
    out << "[\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out << step;
        object(out, keys, rows.at(i), step);
        out << (i + 1 < rows.size() ? ",\n" : "\n");
    }
    out << "]\n";
}

void JsonWriter::writeObject(QTextStream &out, const QStringList &keys, const Row &row)
{
    object(out, keys, row, QString());
    out << '\n';
}

} // namespace sd::cli

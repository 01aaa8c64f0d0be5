#include "yamlwriter.h"

#include "jsonwriter.h"

#include "valuetext.h"

#include <cmath>

namespace sd::cli {

namespace {

// A JSON string is a valid YAML double-quoted scalar (YAML 1.2 is a superset of JSON), so share its
// escaping.
QString doubleQuoted(const QString &text)
{
    return JsonWriter::quote(text);
}

} // namespace

bool YamlWriter::needsQuotes(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return true;
    // YAML 1.1 readers (PyYAML) take these for booleans and null, whatever the case.
    static const QStringList reserved = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("y"),   QStringLiteral("n"),
        QStringLiteral("null"), QStringLiteral("~")};
    if (reserved.contains(text, Qt::CaseInsensitive))
        return true;
    // Indicators at the start; a leading digit, sign or dot could read as a number, a date or a time.
    static const QString leading = QStringLiteral("-?:,[]{}#&*!|>'\"%@`+.0123456789");
    if (leading.contains(text.front()))
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) ||
        text.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString YamlWriter::scalar(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral(".nan");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
        return ValueText::formatDouble(d);
    }
    if (ValueText::isNumber(value))
        return value.toString();
    const QString text = ValueText::text(value);
    return needsQuotes(text) ? doubleQuoted(text) : text;
}

void YamlWriter::pairs(QTextStream &out, const QVariantMap &map, const QString &firstPrefix,
                       const QString &indent)
{
    // Keys are scalars too ("yes", "1.0" would not read back as strings unquoted).
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out << (first ? firstPrefix : indent) << scalar(it.key()) << ':';
        value(out, it.value(), indent + QStringLiteral("  "), indent);
        first = false;
    }
}

void YamlWriter::value(QTextStream &out, const QVariant &v, const QString &indent, const QString &listIndent)
{
    if (ValueText::isMap(v)) {
        const QVariantMap map = v.toMap();
        if (map.isEmpty()) {
            out << " {}\n";
            return;
        }
        // PyYAML's block style: the mapping's keys one level deeper than the key that holds it.
        out << '\n';
        pairs(out, map, indent, indent);
        return;
    }
    if (!ValueText::isList(v)) {
        out << ' ' << scalar(v) << '\n';
        return;
    }
    const QVariantList items = ValueText::items(v);
    if (items.isEmpty()) {
        out << " []\n";
        return;
    }
    out << '\n';
    // PyYAML's default style: sequence items at the key's own indentation; a map item's pairs line up
    // after its "- ".
    const QString itemIndent = listIndent + QStringLiteral("  ");
    for (const QVariant &item : items) {
        if (ValueText::isMap(item) && !item.toMap().isEmpty()) {
            pairs(out, item.toMap(), listIndent + QStringLiteral("- "), itemIndent);
        } else if (ValueText::isList(item) || ValueText::isMap(item)) {
            out << listIndent << '-';
            value(out, item, itemIndent, itemIndent);
        } else {
            out << listIndent << "- " << scalar(item) << '\n';
        }
    }
}

void YamlWriter::map(QTextStream &out, const QStringList &keys, const Row &row, const QString &firstPrefix,
                     const QString &indent)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out << (i == 0 ? firstPrefix : indent) << keys.at(i) << ':';
        value(out, row.value(i), indent + QStringLiteral("  "), indent);
    }
}

void YamlWriter::writeList(QTextStream &out, const QStringList &keys, const QList<Row> &rows)
{
    if (rows.isEmpty()) {
        out << "[]\n";
        return;
    }
    for (const Row &row : rows)
        map(out, keys, row, QStringLiteral("- "), QStringLiteral("  "));
}

void YamlWriter::writeMap(QTextStream &out, const QStringList &keys, const Row &row)
{
    if (keys.isEmpty()) {
        out << "{}\n";
        return;
    }
    map(out, keys, row, QString(), QString());
}

} // namespace sd::cli

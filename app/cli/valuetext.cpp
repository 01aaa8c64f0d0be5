#include "valuetext.h"

#include <QDateTime>
#include <QStringList>

namespace sd::cli::ValueText {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList;
}

QVariantList items(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList) {
        QVariantList list;
        for (const QString &item : value.toStringList())
            list.append(item);
        return list;
    }
    return value.toList();
}

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap;
}

QString formatDouble(double value)
{
    QString text = QString::number(value, 'g', 15);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QLatin1String(".0");
    return text;
}

QString text(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return formatDouble(value.toDouble());
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(','));
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        QStringList texts;
        bool maps = false;
        for (const QVariant &item : list) {
            maps = maps || isMap(item);
            texts.append(text(item));
        }
        return texts.join(maps ? QStringLiteral("\n") : QStringLiteral(","));
    }
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantMap: {
        // QVariantMap iterates in key order, which is the order format_dict sorts into.
        const QVariantMap map = value.toMap();
        QStringList pairs;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs.append(QStringLiteral("%1='%2'").arg(it.key(), text(it.value())));
        return pairs.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

} // namespace sd::cli::ValueText

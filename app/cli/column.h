#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace sd::cli {

// One field a command prints. Values are typed QVariants (QString, qint64, double, bool, QStringList,
// QVariantMap of such scalars, QDateTime, or a null QVariant for "none") so json and yaml keep their types
// and tables align numbers.
struct Column
{
    QString key = {};        // json/yaml/csv key, lower_snake_case
    QString header = {};     // table header, and the Field of `show`
    QString listHeader = {}; // a shorter header for list tables, when it differs
    bool inListTable = true; // shown by list tables and -f value without -c; json/yaml/csv show every column

    QString tableHeader() const { return listHeader.isEmpty() ? header : listHeader; }
    // -c accepts the key or either header, in any case.
    bool matches(const QString &name) const
    {
        return name.compare(key, Qt::CaseInsensitive) == 0 ||
               name.compare(header, Qt::CaseInsensitive) == 0 ||
               (!listHeader.isEmpty() && name.compare(listHeader, Qt::CaseInsensitive) == 0);
    }
};

using Row = QList<QVariant>;

} // namespace sd::cli

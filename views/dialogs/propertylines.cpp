#include "propertylines.h"

#include "image/imageservice.h"

#include <QStringList>

namespace sd {

PropertyLines PropertyLines::parse(const QString &text, const QStringList &reservedByFields)
{
    PropertyLines parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = i + 1;
        const int equals = int(line.indexOf(QLatin1Char('=')));
        if (equals <= 0) {
            parsed.problem = tr("Metadata line %1: write key=value, e.g. os_distro=debian").arg(number);
            return parsed;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (reservedByFields.contains(key)) {
            parsed.problem = tr("Metadata line %1: %2 has its own field above").arg(number).arg(key);
            return parsed;
        }
        if (parsed.properties.contains(key)) {
            parsed.problem = tr("Metadata line %1: %2 is given twice").arg(number).arg(key);
            return parsed;
        }
        if (auto valid = ImageService::validateProperty(key, value); !valid) {
            parsed.problem = tr("Metadata line %1: %2").arg(number).arg(valid.error().message);
            return parsed;
        }
        parsed.properties.insert(key, value);
    }
    return parsed;
}

} // namespace sd

#include "extraspeclines.h"

#include "volume/volumetypeservice.h"

#include <QStringList>

namespace sd {

ExtraSpecLines ExtraSpecLines::parse(const QString &text)
{
    ExtraSpecLines parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = i + 1;
        const int equals = int(line.indexOf(QLatin1Char('=')));
        if (equals <= 0) {
            parsed.problem =
                tr("Extra specs line %1: write key=value, e.g. volume_backend_name=fast").arg(number);
            return parsed;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (parsed.specs.contains(key)) {
            parsed.problem = tr("Extra specs line %1: %2 is given twice").arg(number).arg(key);
            return parsed;
        }
        if (auto valid = VolumeTypeService::validateExtraSpec(key, value); !valid) {
            parsed.problem = tr("Extra specs line %1: %2").arg(number).arg(valid.error().message);
            return parsed;
        }
        parsed.specs.insert(key, value);
    }
    return parsed;
}

} // namespace sd

#include "icons.h"

#include <QHash>

namespace sd::Icons {

QIcon get(const QString &name)
{
    // Cached: QIcon parses the SVG once and table views ask for the same state icons on every paint.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace sd::Icons

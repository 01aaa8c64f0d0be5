#include "units.h"

#include <QCoreApplication>
#include <QLocale>

namespace sd::Units {

namespace {
QString number(double value)
{
    // One decimal at most, and none when it would be ".0".
    const double rounded = qRound(value * 10) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == qRound64(rounded) ? 0 : 1);
}
} // namespace

QString megabytes(qint64 mb)
{
    if (mb >= 1024LL * 1024)
        return QCoreApplication::translate("sd::Units", "%1 TB").arg(number(mb / (1024.0 * 1024.0)));
    if (mb >= 1024)
        return QCoreApplication::translate("sd::Units", "%1 GB").arg(number(mb / 1024.0));
    return QCoreApplication::translate("sd::Units", "%1 MB").arg(mb);
}

QString gigabytes(qint64 gb)
{
    // Disks are counted in whole GB: an empty one reads "0 GB", not "0 MB".
    if (gb < 1024)
        return QCoreApplication::translate("sd::Units", "%1 GB").arg(gb);
    return megabytes(gb * 1024);
}

QString bytes(qint64 count)
{
    if (count < 1024)
        return QCoreApplication::translate("sd::Units", "%1 bytes").arg(count);
    if (count < 1024 * 1024)
        return QCoreApplication::translate("sd::Units", "%1 KB").arg(number(count / 1024.0));
    // Whole megabytes and above read as the other sizes do.
    const double mb = count / (1024.0 * 1024.0);
    if (mb < 1024)
        return QCoreApplication::translate("sd::Units", "%1 MB").arg(number(mb));
    if (mb < 1024.0 * 1024)
        return QCoreApplication::translate("sd::Units", "%1 GB").arg(number(mb / 1024.0));
    return QCoreApplication::translate("sd::Units", "%1 TB").arg(number(mb / (1024.0 * 1024.0)));
}

QString usedOfMegabytes(qint64 usedMb, qint64 totalMb)
{
    return QStringLiteral("%1 / %2").arg(megabytes(usedMb), megabytes(totalMb));
}

QString usedOfGigabytes(qint64 usedGb, qint64 totalGb)
{
    return QStringLiteral("%1 / %2").arg(gigabytes(usedGb), gigabytes(totalGb));
}

} // namespace sd::Units

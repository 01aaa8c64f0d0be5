#pragma once

#include <QString>

namespace sd {

// Sizes the way an administrator reads them: "512 MB", "1.5 GB", "64 GB", "2 TB" (binary multiples, as
// libvirt and Nova count them).
namespace Units {
QString megabytes(qint64 mb);
QString gigabytes(qint64 gb);
// A byte count as Horizon's filesizeformat shows it: "512 bytes", "196 KB", "12.7 MB" (image sizes).
QString bytes(qint64 count);
// "used / total", the form of Horizon's hypervisor table cells.
QString usedOfMegabytes(qint64 usedMb, qint64 totalMb);
QString usedOfGigabytes(qint64 usedGb, qint64 totalGb);
} // namespace Units

} // namespace sd

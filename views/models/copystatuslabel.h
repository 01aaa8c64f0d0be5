#pragma once

#include "volume/volume.h"

#include <QString>

namespace sd {

// Horizon's words for the status of a volume snapshot or backup ("Available", "Error Deleting"), and
// whether a row in that status is still being worked on (shown in italics, as Horizon's polled rows).
namespace CopyStatusLabel {
QString text(CopyStatus status);
bool busy(CopyStatus status);
} // namespace CopyStatusLabel

} // namespace sd

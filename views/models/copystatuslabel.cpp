#include "copystatuslabel.h"

#include <QCoreApplication>

namespace sd::CopyStatusLabel {

QString text(CopyStatus status)
{
    switch (status) {
    case CopyStatus::Creating:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Creating");
    case CopyStatus::Available:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Available");
    case CopyStatus::Restoring:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Restoring");
    case CopyStatus::Deleting:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Deleting");
    case CopyStatus::Error:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Error");
    case CopyStatus::ErrorDeleting:
        return QCoreApplication::translate("sd::CopyStatusLabel", "Error Deleting");
    }
    return copyStatusName(status);
}

bool busy(CopyStatus status)
{
    return status == CopyStatus::Creating || status == CopyStatus::Restoring ||
           status == CopyStatus::Deleting;
}

} // namespace sd::CopyStatusLabel

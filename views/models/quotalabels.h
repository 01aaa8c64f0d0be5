#pragma once

#include "quota/quotaresources.h"

#include <QCoreApplication>

namespace sd {

// The words Horizon shows for quota resources ("ram" → "RAM (MB)") and for their tabs, in one place so
// Identity › Projects › Modify Quotas and Admin › System › Default Quotas read the same.
class QuotaLabels
{
    Q_DECLARE_TR_FUNCTIONS(sd::QuotaLabels)

public:
    static QString name(const QString &resource);
    static QString groupTitle(QuotaResource::Group group);
    // A limit as a table shows it: -1 is "Unlimited".
    static QString limit(qint64 limit);
    static QList<QuotaResource::Group> groups();
};

} // namespace sd

#pragma once

#include "networkapplier.h"
#include "nwfilterxml.h"

#include <QHash>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// Brings a host's libvirt network filters in line with a plan, on the host's worker thread. Redefining a
// filter is how a security group change reaches running guests: libvirt re-instantiates the rules of
// every interface that references it.
class FilterApplier
{
    Q_DECLARE_TR_FUNCTIONS(sd::FilterApplier)

public:
    // known: the XML this engine last defined for each filter on the host; unchanged filters are skipped.
    // Returns the XML now defined, by name.
    static QHash<QString, QString> define(virConnectPtr conn, const QList<FilterDefinition> &filters,
                                          const QHash<QString, QString> &known, ApplyReport &report);
    // Undefines StackDesk's port and group filters (sd-port-*, sd-sg-*) that are not in keep; libvirt
    // refuses for filters a running guest still uses, which is reported as a note.
    static void removeUnplanned(virConnectPtr conn, const QSet<QString> &keep, ApplyReport &report);
};

} // namespace sd

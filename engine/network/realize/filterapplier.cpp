#include "filterapplier.h"

#include "hosts/libvirteventloop.h"

#include <libvirt/libvirt.h>

#include <algorithm>

namespace sd {

QHash<QString, QString> FilterApplier::define(virConnectPtr conn, const QList<FilterDefinition> &filters,
                                              const QHash<QString, QString> &known, ApplyReport &report)
{
    QHash<QString, QString> defined;
    for (const FilterDefinition &f : filters) {
        if (known.value(f.name) == f.xml) {
            defined.insert(f.name, f.xml);
            continue;
        }
        QString xml = f.xml;
        // A filter defined before under another UUID (by hand, or by an older StackDesk) keeps that one:
        // libvirt refuses a redefinition that changes it.
        if (virNWFilterPtr old = virNWFilterLookupByName(conn, f.name.toUtf8().constData())) {
            char uuid[VIR_UUID_STRING_BUFLEN];
            if (virNWFilterGetUUIDString(old, uuid) == 0)
                xml.replace(NwfilterXml::uuidOf(f.name), QString::fromLatin1(uuid));
            virNWFilterFree(old);
        }
        virNWFilterPtr filter = virNWFilterDefineXML(conn, xml.toUtf8().constData());
        if (!filter) {
            report.problems
                << tr("Network filter %1 could not be defined: %2").arg(f.name, lastLibvirtError());
            continue;
        }
        virNWFilterFree(filter);
        defined.insert(f.name, f.xml);
        report.actions << tr("%1: defined").arg(f.name);
    }
    return defined;
}

void FilterApplier::removeUnplanned(virConnectPtr conn, const QSet<QString> &keep, ApplyReport &report)
{
    virNWFilterPtr *list = nullptr;
    const int count = virConnectListAllNWFilters(conn, &list, 0);
    if (count < 0) {
        report.problems << tr("Listing the host's network filters failed: %1").arg(lastLibvirtError());
        return;
    }
    QList<virNWFilterPtr> unplanned;
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(virNWFilterGetName(list[i]));
        const bool ours =
            name.startsWith(QLatin1String("sd-port-")) || name.startsWith(QLatin1String("sd-sg-"));
        if (ours && !keep.contains(name))
            unplanned.append(list[i]);
        else
            virNWFilterFree(list[i]);
    }
    free(list);
    // Port filters first: they reference the group filters.
    std::stable_sort(unplanned.begin(), unplanned.end(), [](virNWFilterPtr a, virNWFilterPtr b) {
        return qstrncmp(virNWFilterGetName(a), "sd-port-", 8) == 0 &&
               qstrncmp(virNWFilterGetName(b), "sd-port-", 8) != 0;
    });
    for (virNWFilterPtr filter : std::as_const(unplanned)) {
        const QString name = QString::fromUtf8(virNWFilterGetName(filter));
        if (virNWFilterUndefine(filter) < 0)
            report.notes
                << tr("%1 is no longer needed but could not be removed: %2").arg(name, lastLibvirtError());
        else
            report.actions << tr("%1: removed").arg(name);
        virNWFilterFree(filter);
    }
}

} // namespace sd

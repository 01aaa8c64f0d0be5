#pragma once

#include "column.h"

#include <QCoreApplication>

namespace sd {
struct Volume;
} // namespace sd

namespace sd::cli {

// What the commands that end with a volume print: `volume list|show|create`, `volume backup restore` and
// `volume transfer request accept`. Each list of columns has a row() that follows its order.
class VolumeColumns
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::VolumeColumns)

public:
    // `volume list`: ID, Name, Status, Size, Attached to; `longList` adds Type, Bootable, Host, Availability
    // Zone and Properties.
    static QList<Column> list(bool longList = false);
    // `volume show`: every field, in the alphabetical order of `openstack volume show`.
    static QList<Column> show();
    static Row row(const QList<Column> &columns, const Volume &volume);
    // "Attached to web-1 on /dev/vdb", the OpenStack client's Attached to column; empty when detached.
    static QString attachedTo(const Volume &volume);
};

} // namespace sd::cli

#pragma once

#include "column.h"

#include "compute/instance/instance.h"

#include <QCoreApplication>

namespace sd::cli {

// The columns of `server list` and `server show`, as the OpenStack client prints them.
class ServerColumns
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ServerColumns)

public:
    static QList<Column> list(bool longList);
    static Row listRow(const Instance &instance);
    static QList<Column> show();
    static Row showRow(const Instance &instance);
    // The image field: its image, or the volume it boots from.
    static QString imageCell(const Instance &instance);
    // "private=10.0.0.5, 172.24.4.3; lab=10.10.0.7", the OpenStack client's Networks column.
    static QString networks(const Instance &instance);
};

} // namespace sd::cli

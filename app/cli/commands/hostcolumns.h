#pragma once

#include "column.h"

#include <QCoreApplication>

namespace sd {
struct HostInfo;
}

namespace sd::cli {

// What `host list` and `host show` print about a host: the columns, and one row of values for a HostInfo.
class HostColumns
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::HostColumns)

public:
    static QList<Column> columns();
    static Row row(const HostInfo &host);
};

} // namespace sd::cli

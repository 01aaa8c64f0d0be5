#pragma once

#include "column.h"

#include <QCoreApplication>

namespace sd {
struct Image;
struct CachedImage;
} // namespace sd

namespace sd::cli {

// What the image commands print: Glance's fields of an image, the members of a shared one, and the
// entries of the hosts' image caches. Each list of columns has a row() that follows its order.
class ImageColumns
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImageColumns)

public:
    // `image list`: ID, Name, Status; `longList` adds what `openstack image list --long` shows.
    static QList<Column> list(bool longList = false);
    // `image show` and create: every field, in the alphabetical order of `openstack image show`.
    static QList<Column> show();
    static Row row(const QList<Column> &columns, const Image &image);

    // `image member list` and `image add project`.
    static QList<Column> members();
    static Row memberRow(const QString &imageId, const QString &projectId, const QString &projectName);

    // `image cache list` and `image cache add`.
    static QList<Column> cache();
    static Row cacheRow(const CachedImage &entry);
};

} // namespace sd::cli

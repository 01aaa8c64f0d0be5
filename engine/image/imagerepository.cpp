#include "imagerepository.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace sd {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Rows of (image_id, a, b) for the images the condition selects, grouped by image.
template<typename Fn>
void forEachChildRow(QSqlDatabase &db, const QString &sql, const QVariantList &values, Fn &&fn)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    q.exec();
    while (q.next())
        fn(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

} // namespace

QList<Image> ImageRepository::loadWhere(const QString &condition, const QVariantList &values) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.name, i.status, i.disk_format, i.container_format, i.size, i.virtual_size, "
                  "i.checksum, i.min_disk, i.min_ram, i.visibility, i.protected, i.owner, "
                  "COALESCE(p.name, ''), i.created_at, i.updated_at "
                  "FROM images i LEFT JOIN projects p ON p.id = i.owner ")
              + condition + QStringLiteral(" ORDER BY i.created_at DESC, i.name"));
    bindValues(q, values);
    q.exec();
    QList<Image> images;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Image im;
        im.id = q.value(0).toString();
        im.name = q.value(1).toString();
        im.status = imageStatusFromName(q.value(2).toString()).value_or(ImageStatus::Killed);
        im.diskFormat = q.value(3).toString();
        im.containerFormat = q.value(4).toString();
        im.size = q.value(5).toLongLong();
        im.virtualSize = q.value(6).toLongLong();
        im.checksum = q.value(7).toString();
        im.minDiskGb = q.value(8).toLongLong();
        im.minRamMb = q.value(9).toLongLong();
        im.visibility = imageVisibilityFromName(q.value(10).toString()).value_or(ImageVisibility::Private);
        im.isProtected = q.value(11).toBool();
        im.ownerId = q.value(12).toString();
        im.ownerName = q.value(13).toString();
        im.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        im.updatedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
        index.insert(im.id, images.size());
        images.append(im);
    }
    if (images.isEmpty())
        return images;
    // The children of the same images: the condition applies to the joined image row.
    const QString children = QStringLiteral(" FROM images i JOIN %1 c ON c.image_id = i.id ") + condition;
    forEachChildRow(db, QStringLiteral("SELECT c.image_id, c.tag, ''") + children.arg(QStringLiteral("image_tags"))
                            + QStringLiteral(" ORDER BY c.tag"),
                    values, [&](const QString &id, const QString &tag, const QString &) {
                        if (auto it = index.constFind(id); it != index.constEnd())
                            images[*it].tags.append(tag);
                    });
    forEachChildRow(db, QStringLiteral("SELECT c.image_id, c.key, c.value") + children.arg(QStringLiteral("image_properties")),
                    values, [&](const QString &id, const QString &key, const QString &value) {
                        if (auto it = index.constFind(id); it != index.constEnd())
                            images[*it].properties.insert(key, value);
                    });
    forEachChildRow(db, QStringLiteral("SELECT c.image_id, c.project_id, ''") + children.arg(QStringLiteral("image_members"))
                            + QStringLiteral(" ORDER BY c.created_at"),
                    values, [&](const QString &id, const QString &project, const QString &) {
                        if (auto it = index.constFind(id); it != index.constEnd())
                            images[*it].memberProjectIds.append(project);
                    });
    return images;
}

std::optional<Image> ImageRepository::load(const QString &id) const
{
    const QList<Image> found = loadWhere(QStringLiteral("WHERE i.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Image> ImageRepository::loadAll() const
{
    return loadWhere(QString(), {});
}

QStringList ImageRepository::idsNamed(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM images WHERE name = ? ORDER BY created_at"));
    q.addBindValue(name);
    q.exec();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QList<QPair<QString, qint64>> ImageRepository::uploads() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id, upload_pid FROM images WHERE status IN ('queued', 'saving')"));
    QList<QPair<QString, qint64>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

Result<void> ImageRepository::insert(QSqlDatabase &db, const Image &im)
{
    const QString stamp = now();
    if (auto e = execSql(db,
                         QStringLiteral("INSERT INTO images (id, name, status, disk_format, container_format, size, "
                                        "virtual_size, checksum, min_disk, min_ram, visibility, protected, owner, "
                                        "upload_pid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                         {im.id, im.name, imageStatusName(im.status), im.diskFormat, im.containerFormat, im.size,
                          im.virtualSize, im.checksum, im.minDiskGb, im.minRamMb, imageVisibilityName(im.visibility),
                          im.isProtected, im.ownerId.isEmpty() ? QVariant() : QVariant(im.ownerId),
                          im.status == ImageStatus::Saving ? QCoreApplication::applicationPid() : 0, stamp, stamp});
        !e)
        return e;
    if (auto e = addTags(db, im.id, im.tags); !e)
        return e;
    return setProperties(db, im.id, im.properties);
}

Result<void> ImageRepository::setStatus(QSqlDatabase &db, const QString &id, ImageStatus status)
{
    return execSql(db, QStringLiteral("UPDATE images SET status = ?, updated_at = ? WHERE id = ?"),
                   {imageStatusName(status), now(), id});
}

Result<void> ImageRepository::saveFields(QSqlDatabase &db, const Image &im)
{
    return execSql(db,
                   QStringLiteral("UPDATE images SET name = ?, status = ?, disk_format = ?, container_format = ?, "
                                  "size = ?, virtual_size = ?, checksum = ?, min_disk = ?, min_ram = ?, "
                                  "visibility = ?, protected = ?, updated_at = ? WHERE id = ?"),
                   {im.name, imageStatusName(im.status), im.diskFormat, im.containerFormat, im.size, im.virtualSize,
                    im.checksum, im.minDiskGb, im.minRamMb, imageVisibilityName(im.visibility), im.isProtected, now(),
                    im.id});
}

Result<void> ImageRepository::remove(QSqlDatabase &db, const QString &id)
{
    return execSql(db, QStringLiteral("DELETE FROM images WHERE id = ?"), {id});
}

Result<void> ImageRepository::addTags(QSqlDatabase &db, const QString &id, const QStringList &tags)
{
    for (const QString &tag : tags)
        if (auto e = execSql(db, QStringLiteral("INSERT OR IGNORE INTO image_tags (image_id, tag) VALUES (?,?)"),
                             {id, tag});
            !e)
            return e;
    return {};
}

Result<void> ImageRepository::removeTags(QSqlDatabase &db, const QString &id, const QStringList &tags)
{
    for (const QString &tag : tags)
        if (auto e = execSql(db, QStringLiteral("DELETE FROM image_tags WHERE image_id = ? AND tag = ?"), {id, tag});
            !e)
            return e;
    return {};
}

Result<void> ImageRepository::setProperties(QSqlDatabase &db, const QString &id,
                                            const QMap<QString, QString> &properties)
{
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        if (auto e = execSql(db,
                             QStringLiteral("INSERT INTO image_properties (image_id, key, value) VALUES (?,?,?) "
                                            "ON CONFLICT(image_id, key) DO UPDATE SET value = excluded.value"),
                             {id, it.key(), it.value()});
            !e)
            return e;
    return {};
}

Result<void> ImageRepository::unsetProperties(QSqlDatabase &db, const QString &id, const QStringList &keys)
{
    for (const QString &key : keys)
        if (auto e = execSql(db, QStringLiteral("DELETE FROM image_properties WHERE image_id = ? AND key = ?"),
                             {id, key});
            !e)
            return e;
    return {};
}

Result<void> ImageRepository::addMember(QSqlDatabase &db, const QString &id, const QString &projectId)
{
    return execSql(db,
                   QStringLiteral("INSERT OR IGNORE INTO image_members (image_id, project_id, created_at) "
                                  "VALUES (?,?,?)"),
                   {id, projectId, now()});
}

Result<void> ImageRepository::removeMember(QSqlDatabase &db, const QString &id, const QString &projectId)
{
    return execSql(db, QStringLiteral("DELETE FROM image_members WHERE image_id = ? AND project_id = ?"),
                   {id, projectId});
}

Result<void> ImageRepository::touch(QSqlDatabase &db, const QString &id)
{
    return execSql(db, QStringLiteral("UPDATE images SET updated_at = ? WHERE id = ?"), {now(), id});
}

} // namespace sd

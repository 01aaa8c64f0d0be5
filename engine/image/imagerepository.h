#pragma once

#include "core/result.h"
#include "image.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace sd {

class Database;

// The image rows and their tags, properties and members: SQL only, no policy.
class ImageRepository
{
public:
    explicit ImageRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    std::optional<Image> load(const QString &id) const;
    // Every image, in four queries however many there are (an image list of thousands stays fast).
    QList<Image> loadAll() const;
    // Ids of the images with exactly this name.
    QStringList idsNamed(const QString &name) const;
    // Images whose data is still arriving, with the process that is receiving it.
    QList<QPair<QString, qint64>> uploads() const;

    // The row with its tags and properties, in the caller's transaction.
    static Result<void> insert(QSqlDatabase &db, const Image &image);
    static Result<void> setStatus(QSqlDatabase &db, const QString &id, ImageStatus status);
    static Result<void> saveFields(QSqlDatabase &db, const Image &image);
    static Result<void> remove(QSqlDatabase &db, const QString &id);
    static Result<void> addTags(QSqlDatabase &db, const QString &id, const QStringList &tags);
    static Result<void> removeTags(QSqlDatabase &db, const QString &id, const QStringList &tags);
    static Result<void> setProperties(QSqlDatabase &db, const QString &id, const QMap<QString, QString> &properties);
    static Result<void> unsetProperties(QSqlDatabase &db, const QString &id, const QStringList &keys);
    static Result<void> addMember(QSqlDatabase &db, const QString &id, const QString &projectId);
    static Result<void> removeMember(QSqlDatabase &db, const QString &id, const QString &projectId);
    static Result<void> touch(QSqlDatabase &db, const QString &id);

private:
    QList<Image> loadWhere(const QString &condition, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace sd

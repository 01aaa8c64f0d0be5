#include "database.h"

#include "core/ids.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {

namespace {

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/stackdesk/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    return list;
}

// Splits a migration file into statements. Statements end with ';' at the end of a line; CREATE TRIGGER
// bodies end with "END;" so their inner statements are kept together.
QStringList statementsOf(const QString &text)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            out.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

void bindValues(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
}

Result<void> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(ErrorCode::Internal, QStringLiteral("database: cannot prepare statement"),
                         q.lastError().text() + QStringLiteral(": ") + sql);
    bindValues(q, values);
    if (!q.exec())
        return makeError(ErrorCode::Internal, QStringLiteral("database: statement failed"),
                         q.lastError().text() + QStringLiteral(": ") + sql);
    return {};
}

Database::Database(QString file) : m_file(std::move(file)), m_connectionPrefix(QStringLiteral("sd-") + newId()) {}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        if (QSqlDatabase::contains(name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<std::shared_ptr<Database>> Database::open(const QString &file)
{
    // Create the file ourselves with mode 0600: it holds password hashes. SQLite gives its -wal and -shm
    // files the same mode as the database.
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::BadRequest, tr("Database %1: cannot open or create it").arg(file),
                         QString::fromLocal8Bit(strerror(errno)));
    ::fchmod(fd, 0600);
    ::close(fd);

    std::shared_ptr<Database> db(new Database(file));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return makeError(ErrorCode::Internal, tr("Database %1: cannot open it").arg(file),
                         conn.lastError().text());
    const int current = db->schemaVersion();
    if (current > latestSchemaVersion())
        return makeError(ErrorCode::Conflict,
                         tr("Database %1 has schema version %2, newer than this StackDesk knows (%3); "
                            "use the newer StackDesk that wrote it")
                             .arg(file)
                             .arg(current)
                             .arg(latestSchemaVersion()));
    if (auto r = db->migrate(); !r)
        return r.error();
    return db;
}

QSqlDatabase Database::connection()
{
    const QString name =
        m_connectionPrefix + QStringLiteral("-") + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_file << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    return db;
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, tr("Database migration %1 is missing from the build").arg(m.path));
        const QStringList statements = statementsOf(QString::fromUtf8(f.readAll()));
        auto r = transaction([&](QSqlDatabase &db) -> Result<void> {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    return makeError(ErrorCode::Internal, tr("Database migration %1 failed").arg(m.version),
                                     q.lastError().text() + QStringLiteral(": ") + sql);
            }
            // PRAGMA takes no bound parameters; the version is our own integer.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)))
                return makeError(ErrorCode::Internal, tr("Database migration %1 failed").arg(m.version),
                                 q.lastError().text());
            return {};
        });
        if (!r)
            return r;
        qCInfo(lcStore) << "migrated" << m_file << "to schema" << m.version;
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>(QSqlDatabase &)> &fn)
{
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(ErrorCode::Internal, tr("Database is busy; try again"), begin.lastError().text());
    Result<void> r = fn(db);
    QSqlQuery end(db);
    if (!r) {
        end.exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return makeError(ErrorCode::Internal, tr("Database: saving the change failed"), why);
    }
    return {};
}

} // namespace sd

#include "core/datadir.h"
#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sd;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataDirCreatesItsFolders()
    {
        QTemporaryDir tmp;
        const auto dir = DataDir::open(tmp.path() + QStringLiteral("/lab"));
        QVERIFY(dir.ok());
        for (const QString &sub : {dir->imagesPath(), dir->logsPath(), dir->hostsPath()})
            QVERIFY2(QFileInfo(sub).isDir(), qPrintable(sub));
    }

    void dataDirRefusesWhatItCannotWrite()
    {
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/plain-file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto onFile = DataDir::open(file);
        QVERIFY(!onFile.ok());
        QVERIFY2(onFile.error().message.contains(QStringLiteral("not a folder")), qPrintable(onFile.error().message));
        const auto under = DataDir::open(file + QStringLiteral("/sub"));
        QVERIFY(!under.ok());
        QVERIFY2(under.error().message.contains(file), qPrintable(under.error().message));
    }

    void databaseIsPrivateAndMigrated()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/stackdesk.db");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndSchema()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/stackdesk.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = (*db)->connection();
            QVERIFY(execSql(c, QStringLiteral("INSERT INTO roles (id, name) VALUES (?, ?)"), {"r1", "auditor"}).ok());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QSqlQuery q((*again)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM roles WHERE id = 'r1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("auditor"));
    }

    void newerSchemaIsRefusedNotMigratedDown()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/stackdesk.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("999")), qPrintable(refused.error().message));
    }

    void failedTransactionLeavesNothingHalfDone()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path() + QStringLiteral("/stackdesk.db"));
        QVERIFY(db.ok());
        auto r = (*db)->transaction([](QSqlDatabase &c) -> Result<void> {
            if (auto e = execSql(c, QStringLiteral("INSERT INTO roles (id, name) VALUES ('a', 'one')")); !e)
                return e;
            // Same name again: the UNIQUE constraint fails, so the first insert must vanish too.
            return execSql(c, QStringLiteral("INSERT INTO roles (id, name) VALUES ('b', 'one')"));
        });
        QVERIFY(!r.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM roles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

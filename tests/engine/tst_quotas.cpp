// Quotas: defaults, per-project limits, the check every create makes, and that concurrent creates can
// never overshoot a limit.

#include "testlab.h"

#include "identity/projectservice.h"
#include "quota/quotaresources.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "store/lookup.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace sd;
using sd::test::TestLab;

namespace {

qint64 limitIn(const QList<QuotaLine> &lines, const QString &resource)
{
    for (const QuotaLine &l : lines)
        if (l.resource == resource)
            return l.limit;
    return -99;
}

} // namespace

class TestQuotas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreOpenStacks()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto defaults = lab.engine->quotas().defaults(lab.admin);
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->size(), 18);
        QCOMPARE(limitIn(*defaults, QStringLiteral("instances")), qint64(10));
        QCOMPARE(limitIn(*defaults, QStringLiteral("cores")), qint64(20));
        QCOMPARE(limitIn(*defaults, QStringLiteral("ram")), qint64(51200));
        QCOMPARE(limitIn(*defaults, QStringLiteral("ports")), qint64(500));
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("demo")), QStringLiteral("cores")), qint64(20));
    }

    void projectLimitsOverrideDefaults()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("cores"), 4}, {QStringLiteral("ram"), -1}}).ok());
        const auto demo = *lab.engine->quotas().show(lab.admin, QStringLiteral("demo"));
        QCOMPARE(limitIn(demo, QStringLiteral("cores")), qint64(4));
        QCOMPARE(limitIn(demo, QStringLiteral("ram")), qint64(-1));
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("admin")), QStringLiteral("cores")), qint64(20));
        QVERIFY(lab.engine->quotas().setDefaults(lab.admin, {{QStringLiteral("cores"), 8}}).ok());
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("admin")), QStringLiteral("cores")), qint64(8));
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("demo")), QStringLiteral("cores")), qint64(4));
    }

    void badLimitsChangeNothing_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("below -1") << "cores" << qint64(-2) << "cores -2";
        QTest::newRow("unknown") << "gpus" << qint64(1) << "unknown resource 'gpus'";
    }
    void badLimitsChangeNothing()
    {
        QFETCH(QString, resource);
        QFETCH(qint64, limit);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        // A good value beside the bad one must not be stored either.
        const auto r = lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 3}, {resource, limit}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("demo")), QStringLiteral("instances")), qint64(10));
    }

    void loweringBelowUsageIsAllowedAndReported()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        lab.engine->quotas().registerUsageCounter(QStringLiteral("instances"), [](QSqlDatabase &, const QString &) { return qint64(5); });
        const auto r = lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 2}});
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QVERIFY2(r->first().contains(QStringLiteral("instances: limit 2 is below the 5 in use")), qPrintable(r->first()));
        QCOMPARE(limitIn(*lab.engine->quotas().show(lab.admin, QStringLiteral("demo")), QStringLiteral("instances")), qint64(2));
    }

    void membersReadTheirQuotaOnlyAdminsChangeIt()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(lab.engine->quotas().show(demo, QStringLiteral("demo")).ok());
        // Another tenant's quota: as if it did not exist.
        QCOMPARE(lab.engine->quotas().show(demo, QStringLiteral("admin")).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->quotas().set(demo, QStringLiteral("demo"), {{QStringLiteral("cores"), 100}}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(lab.engine->quotas().setDefaults(demo, {{QStringLiteral("cores"), 100}}).error().code, ErrorCode::Forbidden);
    }

    void concurrentCreatesNeverOvershootTheLimit()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->quotas().set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("instances"), 10}}).ok());
        const QString demoId = lab.engine->projects().show(lab.admin, QStringLiteral("demo"))->id;
        // A stand-in resource table; real services register their own counters the same way.
        auto db = Database::open(lab.engine->dataDir().databaseFile());
        QVERIFY(db.ok());
        {
            QSqlDatabase c = (*db)->connection();
            QVERIFY(execSql(c, QStringLiteral("CREATE TABLE widgets (id INTEGER PRIMARY KEY, project_id TEXT)")).ok());
        }
        QuotaService &quotas = lab.engine->quotas();
        quotas.registerUsageCounter(QStringLiteral("instances"), [](QSqlDatabase &c, const QString &project) {
            return countRows(c, QStringLiteral("SELECT COUNT(*) FROM widgets WHERE project_id = ?"), {project});
        });
        std::atomic<int> created{0}, refused{0}, failed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 5; ++i) {
                    auto r = (*db)->transaction([&](QSqlDatabase &c) -> Result<void> {
                        if (auto q = quotas.check(c, demoId, {{QStringLiteral("instances"), 1}}); !q)
                            return q;
                        return execSql(c, QStringLiteral("INSERT INTO widgets (project_id) VALUES (?)"), {demoId});
                    });
                    if (r.ok())
                        ++created;
                    else if (r.error().code == ErrorCode::QuotaExceeded)
                        ++refused;
                    else
                        ++failed;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(created.load(), 10);
        QCOMPARE(refused.load(), 30);
        QSqlDatabase c = (*db)->connection();
        QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM widgets")), qint64(10));
        const auto over = quotas.check(c, demoId, {{QStringLiteral("instances"), 1}});
        QVERIFY(!over.ok());
        QVERIFY2(over.error().message.contains(QStringLiteral("10 in use, limit 10")), qPrintable(over.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQuotas)
#include "tst_quotas.moc"

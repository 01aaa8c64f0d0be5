#include "core/requestcontext.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sd;

class TestTaskRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_tmp.path() + QStringLiteral("/t%1.db").arg(++n));
        QVERIFY(db.ok());
        m_db = *db;
    }

    void reportsProgressAndResultAndLogsTheAction()
    {
        ActionLog log(m_db);
        TaskRunner runner(&log);
        QSignalSpy changed(&runner, &TaskRunner::taskChanged);
        TaskSpec spec;
        spec.title = QStringLiteral("Count to three");
        spec.action = QStringLiteral("test.count");
        spec.targetKind = QStringLiteral("thing");
        spec.targetId = QStringLiteral("t-1");
        spec.work = [](TaskControl &c) -> Result<QVariant> {
            for (int i = 1; i <= 3; ++i)
                c.setProgress(i * 33, QStringLiteral("step %1").arg(i));
            return QVariant(3);
        };
        const QString id = runner.start(RequestContext::system(), spec);
        const auto result = runner.wait(id);
        QVERIFY(result.ok());
        QCOMPARE(result->toInt(), 3);
        const auto info = runner.task(id);
        QVERIFY(info);
        QCOMPARE(info->state, TaskState::Succeeded);
        QCOMPARE(info->progress, 100);
        QVERIFY(changed.count() >= 2);
        const auto entries = log.forTarget(QStringLiteral("thing"), QStringLiteral("t-1"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("test.count"));
        QCOMPARE(entries.first().outcome, QStringLiteral("succeeded"));
    }

    void failureCarriesTheEnginesWords()
    {
        ActionLog log(m_db);
        TaskRunner runner(&log);
        TaskSpec spec;
        spec.title = QStringLiteral("Fail");
        spec.action = QStringLiteral("test.fail");
        spec.work = [](TaskControl &) -> Result<QVariant> {
            return makeError(ErrorCode::HostUnavailable, QStringLiteral("Cannot connect to qemu+ssh://x/system"));
        };
        const QString id = runner.start(RequestContext::system(), spec);
        const auto result = runner.wait(id);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::HostUnavailable);
        QCOMPARE(runner.task(id)->state, TaskState::Failed);
        QCOMPARE(runner.task(id)->error.message, QStringLiteral("Cannot connect to qemu+ssh://x/system"));
        QCOMPARE(log.recent(1).first().outcome, QStringLiteral("failed"));
    }

    void cancelDropsTheResultAndSkipsFinish()
    {
        ActionLog log(m_db);
        TaskRunner runner(&log);
        std::atomic<bool> release{false};
        bool finishRan = false;
        TaskSpec spec;
        spec.title = QStringLiteral("Slow");
        spec.action = QStringLiteral("test.slow");
        spec.cancellable = true;
        spec.work = [&](TaskControl &c) -> Result<QVariant> {
            while (!release && !c.isCancelled())
                QThread::msleep(5);
            return QVariant(1);
        };
        spec.finish = [&](const Result<QVariant> &r) {
            finishRan = true;
            return r;
        };
        const QString id = runner.start(RequestContext::system(), spec);
        QVERIFY(runner.cancel(id));
        const auto result = runner.wait(id);
        QVERIFY(!result.ok());
        QVERIFY(!finishRan);
        QCOMPARE(runner.task(id)->state, TaskState::Cancelled);
        QVERIFY(!runner.cancel(id)); // finished tasks cannot be cancelled again
    }

    void finishRunsOnTheMainThread()
    {
        ActionLog log(m_db);
        TaskRunner runner(&log);
        QThread *workThread = nullptr;
        QThread *finishThread = nullptr;
        TaskSpec spec;
        spec.title = QStringLiteral("Threads");
        spec.action = QStringLiteral("test.threads");
        spec.work = [&](TaskControl &) -> Result<QVariant> {
            workThread = QThread::currentThread();
            return QVariant();
        };
        spec.finish = [&](const Result<QVariant> &r) {
            finishThread = QThread::currentThread();
            return r;
        };
        QVERIFY(runner.wait(runner.start(RequestContext::system(), spec)).ok());
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(finishThread, QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"

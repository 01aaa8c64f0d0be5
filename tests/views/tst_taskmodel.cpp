// The tasks model: a task appears as a row when it starts and that one row follows it to the end.

#include "viewtestlab.h"

#include "models/taskmodel.h"

#include "tasks/taskrunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace sd;

class TestTaskModel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
    }

    void followsATaskFromStartToEnd()
    {
        TaskModel model(*lab.engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        HostSpec spec;
        spec.name = QStringLiteral("compute-4");
        spec.uri = QStringLiteral("test:///default");
        auto task = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(task.ok());

        QTRY_COMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.rowOf(*task), 0); // newest first
        QCOMPARE(model.index(0, TaskModel::Title).data().toString(), QStringLiteral("Add host compute-4"));
        QTRY_COMPARE(model.index(0, TaskModel::State).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.index(0, TaskModel::Progress).data().toInt(), 100);
        // A finished task has nothing to cancel.
        QCOMPARE(model.index(0, TaskModel::Cancel).data().toString(), QString());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(reset.count(), 0);
    }

    void showsTheErrorOfAFailedTask()
    {
        TaskModel model(*lab.engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nothing listens on port 1: the add task fails, with the engine's words.
        HostSpec spec;
        spec.name = QStringLiteral("broken");
        spec.uri = QStringLiteral("qemu+ssh://nobody@127.0.0.1:1/system");
        auto task = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(task.ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(*task), TaskModel::State).data().toString(),
                                  QStringLiteral("Failed"), 30000);
        const QModelIndex details = model.index(model.rowOf(*task), TaskModel::Details);
        QVERIFY(details.data().toString().contains(QStringLiteral("Cannot connect")));
        QVERIFY(!details.data(Qt::ToolTipRole).toString().isEmpty());
    }
};

SD_GUI_TEST_MAIN(TestTaskModel)
#include "tst_taskmodel.moc"

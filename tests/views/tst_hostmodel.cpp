// The hosts model: rows from the engine, one row updated per notification, filtering over all rows.

#include "viewtestlab.h"

#include "models/hostfilterproxy.h"
#include "models/hostmodel.h"
#include "models/hypervisortotals.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace sd;

class TestHostModel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
    }

    void passesTheModelTester()
    {
        HostModel model(*lab.engine, lab.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setVisibleColumns({HostModel::Name, HostModel::State, HostModel::Zone});
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.columnCount(), 3);
        // Notifications while testers watch: disable and enable a host.
        QVERIFY(
            lab.engine->hosts().disable(lab.admin, QStringLiteral("compute-1"), QStringLiteral("test")).ok());
        QVERIFY(lab.engine->hosts().enable(lab.admin, QStringLiteral("compute-1")).ok());
    }

    void showsTheDemoHosts()
    {
        HostModel model(*lab.engine, lab.admin);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(cell(model, row, HostModel::Name));
        names.sort();
        QCOMPARE(names, (QStringList{"compute-1", "compute-2", "compute-3"}));
        const int row =
            model.rowOf(lab.engine->hosts().show(lab.admin, QStringLiteral("compute-3"))->record.id);
        QCOMPARE(cell(model, row, HostModel::Type), QStringLiteral("Simulated"));
        QCOMPARE(cell(model, row, HostModel::State), QStringLiteral("up"));
        QCOMPARE(cell(model, row, HostModel::Status), QStringLiteral("enabled"));
        QCOMPARE(cell(model, row, HostModel::Zone), QStringLiteral("zone-b"));
        QVERIFY(cell(model, row, HostModel::Uri).startsWith(QStringLiteral("test://")));
        QVERIFY(cell(model, row, HostModel::Vcpus).endsWith(QStringLiteral("/ 32")));
        QVERIFY(cell(model, row, HostModel::Ram).endsWith(QStringLiteral("/ 128 GB")));
        QVERIFY(!cell(model, row, HostModel::LibvirtVersion).isEmpty());
    }

    void updatesOneRowWhenAHostIsDisabled()
    {
        HostModel model(*lab.engine, lab.admin);
        const QString id = lab.engine->hosts().show(lab.admin, QStringLiteral("compute-2"))->record.id;
        const int row = model.rowOf(id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(lab.engine->hosts().disable(lab.admin, id, QStringLiteral("new disks")).ok());

        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), row);
            QCOMPARE(args.at(1).toModelIndex().row(), row);
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(cell(model, row, HostModel::Status), QStringLiteral("disabled"));
        QCOMPARE(model.index(row, HostModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Disabled: new disks"));
        QVERIFY(lab.engine->hosts().enable(lab.admin, id).ok());
        QCOMPARE(cell(model, row, HostModel::Status), QStringLiteral("enabled"));
    }

    void filterMatchesAnyColumnOverAllRows()
    {
        HostModel model(*lab.engine, lab.admin);
        HostFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setVisibleColumns({HostModel::Name, HostModel::State});
        // The zone is not a visible column, and still finds its host.
        proxy.setFilterFixedString(QStringLiteral("ZONE-B"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("compute-3"));
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void totalsCountOnlyHostsThatAreUp()
    {
        HostModel model(*lab.engine, lab.admin);
        QList<HostInfo> hosts = model.hosts();
        const HypervisorTotals all = HypervisorTotals::of(hosts);
        QCOMPARE(all.vcpus, 16 + 8 + 32);
        QCOMPARE(all.memoryMb, qint64(64 + 32 + 128) * 1024);
        hosts[0].state = HostState::Down;
        const HypervisorTotals some = HypervisorTotals::of(hosts);
        QCOMPARE(some.vcpus, all.vcpus - hosts[0].facts.vcpus);
        // Used memory includes what is reserved for the host itself (512 MB per demo host).
        QVERIFY(all.usedMemoryMb >= 3 * 512);
    }
};

SD_GUI_TEST_MAIN(TestHostModel)
#include "tst_hostmodel.moc"

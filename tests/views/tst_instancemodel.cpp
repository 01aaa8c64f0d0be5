// The Instances table's model and filter: Horizon's columns, a filter on every field over all rows,
// and engine notifications that touch one row at a time.

#include "instancelab.h"
#include "viewhelpers.h"
#include "viewtestlab.h"

#include "models/instancefilterproxy.h"
#include "models/instancemodel.h"
#include "models/instancetext.h"

#include "quota/quotaservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace sd;
using Field = InstanceFilterProxy::Field;

class TestInstanceModel : public QObject
{
    Q_OBJECT

    test::InstanceLab lab;
    Instance web;
    Instance db;

    QStringList shownNames(const InstanceFilterProxy &proxy, const InstanceModel &model)
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, model.columnOf(InstanceModel::Name)).data().toString());
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.addKeyPair(lab.demo, QStringLiteral("laptop")));
        LaunchSpec first = lab.spec(QStringLiteral("web"));
        first.keyName = QStringLiteral("laptop");
        auto a = lab.launchAndWait(lab.demo, first);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        web = *a;
        auto b = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("db"), QStringLiteral("m1.small")));
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        db = *b;
        QCOMPARE(web.status(), QStringLiteral("ACTIVE"));
        QVERIFY(!web.addresses.isEmpty());
    }

    void passesTheModelTester()
    {
        InstanceModel model(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InstanceModel admin(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        QAbstractItemModelTester adminTester(&admin, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        auto made = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("tmp")));
        QVERIFY(made.ok());
        QCOMPARE(model.rowCount(), 3);
        auto removed = lab.engine->instances().remove(lab.demo, made->id);
        QVERIFY(removed.ok());
        if (!removed->isEmpty())
            (void)lab.engine->tasks().wait(*removed);
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_COMPARE(admin.rowCount(), 2);
    }

    void showsHorizonsColumns()
    {
        InstanceModel model(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QCOMPARE(test::headerTexts(&model),
                 (QStringList{"Instance Name", "Image Name", "IP Address", "Flavor", "Key Pair", "Status",
                              "Lock", "Availability Zone", "Task", "Power State", "Age"}));
        InstanceModel admin(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        QCOMPARE(test::headerTexts(&admin).mid(0, 3), (QStringList{"Project", "Host", "Instance Name"}));
        const int row = model.rowOf(web.id);
        QVERIFY(row >= 0);
        const auto cell = [&](InstanceModel::Column c) {
            return model.index(row, model.columnOf(c)).data().toString();
        };
        QCOMPARE(cell(InstanceModel::Image), QStringLiteral("tiny"));
        QCOMPARE(cell(InstanceModel::Flavor), QStringLiteral("m1.tiny"));
        QCOMPARE(cell(InstanceModel::KeyPair), QStringLiteral("laptop"));
        QCOMPARE(cell(InstanceModel::Status), QStringLiteral("Active"));
        QCOMPARE(cell(InstanceModel::Task), QStringLiteral("None"));
        QCOMPARE(cell(InstanceModel::PowerState), QStringLiteral("Running"));
        QVERIFY2(cell(InstanceModel::IpAddress).startsWith(QStringLiteral("private: ")),
                 qPrintable(cell(InstanceModel::IpAddress)));
        QCOMPARE(model.index(row, model.columnOf(InstanceModel::Lock)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Unlocked"));
        QVERIFY(model.index(row, model.columnOf(InstanceModel::Flavor))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("vCPU")));
        model.setNow(web.createdAt.addSecs(2 * 3600 + 5 * 60));
        QCOMPARE(cell(InstanceModel::Age), QStringLiteral("2 hours, 5 minutes"));
    }

    void filtersEveryField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString webIp = InstanceText::ipv4(web).value(0);
        QTest::newRow("any") << int(Field::Any) << QStringLiteral("m1.small") << QStringList{"db"};
        QTest::newRow("name") << int(Field::Name) << QStringLiteral("WE") << QStringList{"web"};
        QTest::newRow("id") << int(Field::Id) << db.id.left(13) << QStringList{"db"};
        QTest::newRow("image name") << int(Field::Image) << QStringLiteral("tiny")
                                    << QStringList{"db", "web"};
        QTest::newRow("image id") << int(Field::Image) << lab.imageId << QStringList{"db", "web"};
        QTest::newRow("ipv4") << int(Field::IPv4) << webIp << QStringList{"web"};
        QTest::newRow("ipv6 is not ipv4") << int(Field::IPv6) << webIp << QStringList{};
        QTest::newRow("flavor name") << int(Field::Flavor) << QStringLiteral("m1.tiny") << QStringList{"web"};
        QTest::newRow("flavor id") << int(Field::Flavor) << db.flavor.id << QStringList{"db"};
        QTest::newRow("key pair") << int(Field::KeyPair) << QStringLiteral("lapt") << QStringList{"web"};
        QTest::newRow("status api word")
            << int(Field::Status) << QStringLiteral("ACTIVE") << QStringList{"db", "web"};
        QTest::newRow("status shown word")
            << int(Field::Status) << QStringLiteral("Shutoff") << QStringList{};
        QTest::newRow("zone") << int(Field::Zone) << web.availabilityZone
                              << (db.availabilityZone == web.availabilityZone ? QStringList{"db", "web"}
                                                                              : QStringList{"web"});
        QTest::newRow("empty matches all") << int(Field::Name) << QString() << QStringList{"db", "web"};
    }

    void filtersEveryField()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        InstanceModel model(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceFilterProxy proxy;
        proxy.setInstanceModel(&model);
        proxy.setField(Field(field));
        proxy.setFilterFixedString(text);
        QCOMPARE(shownNames(proxy, model), expected);
    }

    void adminFiltersByProjectAndHost()
    {
        InstanceModel model(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        InstanceFilterProxy proxy;
        proxy.setInstanceModel(&model);
        QCOMPARE(proxy.fields().size(), 12);
        proxy.setField(Field::Project);
        proxy.setFilterFixedString(QStringLiteral("demo"));
        QCOMPARE(shownNames(proxy, model), (QStringList{"db", "web"}));
        proxy.setFilterFixedString(QStringLiteral("admin"));
        QCOMPARE(shownNames(proxy, model), QStringList());
        proxy.setField(Field::Host);
        proxy.setFilterFixedString(web.hostName);
        QVERIFY(shownNames(proxy, model).contains(QStringLiteral("web")));
        InstanceModel project(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        InstanceFilterProxy projectProxy;
        projectProxy.setInstanceModel(&project);
        QCOMPARE(projectProxy.fields().size(), 10);
    }

    void notificationsUpdateOneRow()
    {
        InstanceModel model(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const int dbRow = model.rowOf(db.id);
        auto stopped = lab.act(lab.demo, db.id, InstanceAction::Stop);
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->status(), QStringLiteral("SHUTOFF"));
        QTRY_COMPARE(model.index(dbRow, model.columnOf(InstanceModel::Status)).data().toString(),
                     QStringLiteral("Shutoff"));
        QVERIFY(!changes.isEmpty());
        for (const QList<QVariant> &change : std::as_const(changes)) {
            QCOMPARE(change.at(0).toModelIndex().row(), dbRow);
            QCOMPARE(change.at(1).toModelIndex().row(), dbRow);
        }
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        // The other row is as it was.
        QCOMPARE(model.index(model.rowOf(web.id), model.columnOf(InstanceModel::Status)).data().toString(),
                 QStringLiteral("Active"));
        QVERIFY(lab.act(lab.demo, db.id, InstanceAction::Start).ok());
    }

    void anotherProjectsInstanceIsNotShown()
    {
        InstanceModel model(*lab.engine, lab.demo, InstanceModel::Scope::Project);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        // Into project admin, on demo's network: an administrator may use any network.
        auto made = lab.engine->instances().launch(lab.admin, lab.spec(QStringLiteral("admin-vm")));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        (void)lab.engine->instances().waitUntilSettled(made->first().id, 20000);
        QCOMPARE(inserts.count(), 0);
        InstanceModel admin(*lab.engine, lab.admin, InstanceModel::Scope::Admin);
        QVERIFY(admin.rowOf(made->first().id) >= 0);
        auto removed = lab.engine->instances().remove(lab.admin, made->first().id);
        QVERIFY(removed.ok());
        if (!removed->isEmpty())
            (void)lab.engine->tasks().wait(*removed);
    }
};

SD_GUI_TEST_MAIN(TestInstanceModel)
#include "tst_instancemodel.moc"

// Flavors: the demo lab's m1.* sizes, validation, private flavors and project access, extra specs.

#include "testlab.h"

#include "compute/flavorservice.h"
#include "tasks/actionlog.h"

using namespace sd;
using sd::test::TestLab;

class TestFlavors : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<Flavor> &list)
    {
        QStringList out;
        for (const Flavor &f : list)
            out << f.name;
        return out;
    }

private Q_SLOTS:
    void demoLabHasNovasClassicFlavors()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto flavors = lab.engine->flavors().list(lab.admin);
        QVERIFY(flavors.ok());
        QCOMPARE(names(*flavors), (QStringList{"m1.tiny", "m1.small", "m1.medium", "m1.large", "m1.xlarge"}));
        const Flavor small = *lab.engine->flavors().show(lab.admin, QStringLiteral("m1.small"));
        QCOMPARE(small.vcpus, 1);
        QCOMPARE(small.ramMb, qint64(2048));
        QCOMPARE(small.diskGb, qint64(20));
        const Flavor xlarge = flavors->last();
        QCOMPARE(xlarge.vcpus, 8);
        QCOMPARE(xlarge.ramMb, qint64(16384));
        QCOMPARE(xlarge.diskGb, qint64(160));
        QVERIFY(xlarge.isPublic);
    }

    void badFlavorsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<qint64>("ramMb");
        QTest::addColumn<qint64>("diskGb");
        QTest::addColumn<QString>("specKey");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero vcpus") << "f1" << 0 << qint64(512) << qint64(1) << ""
                                    << "vCPUs 0";
        QTest::newRow("tiny ram") << "f1" << 1 << qint64(32) << qint64(1) << ""
                                  << "RAM 32 MB";
        QTest::newRow("negative disk") << "f1" << 1 << qint64(512) << qint64(-1) << ""
                                       << "Root disk (GB) -1";
        QTest::newRow("duplicate name") << "m1.tiny" << 1 << qint64(512) << qint64(1) << ""
                                        << "'m1.tiny' is already used";
        QTest::newRow("empty name") << "" << 1 << qint64(512) << qint64(1) << ""
                                    << "empty";
        QTest::newRow("bad spec key") << "f1" << 1 << qint64(512) << qint64(1) << "hw:cpu/policy"
                                      << "hw:cpu/policy";
    }
    void badFlavorsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, vcpus);
        QFETCH(qint64, ramMb);
        QFETCH(qint64, diskGb);
        QFETCH(QString, specKey);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open(true, false));
        FlavorSpec spec;
        spec.name = name;
        spec.vcpus = vcpus;
        spec.ramMb = ramMb;
        spec.diskGb = diskGb;
        if (!specKey.isEmpty())
            spec.extraSpecs.insert(specKey, QStringLiteral("dedicated"));
        const auto r = lab.engine->flavors().create(lab.admin, spec);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(lab.engine->flavors().list(lab.admin)->size(), 5);
    }

    void privateFlavorsAreSeenOnlyWhereGranted()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        FlavorSpec spec;
        spec.name = QStringLiteral("gpu.large");
        spec.vcpus = 16;
        spec.ramMb = 65536;
        spec.isPublic = false;
        spec.projects = {QStringLiteral("admin")};
        QVERIFY(lab.engine->flavors().create(lab.admin, spec).ok());
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!names(*lab.engine->flavors().list(demo)).contains(QStringLiteral("gpu.large")));
        QCOMPARE(lab.engine->flavors().show(demo, QStringLiteral("gpu.large")).error().code,
                 ErrorCode::NotFound);
        QVERIFY(lab.engine->flavors()
                    .addProjectAccess(lab.admin, QStringLiteral("gpu.large"), QStringLiteral("demo"))
                    .ok());
        QVERIFY(names(*lab.engine->flavors().list(demo)).contains(QStringLiteral("gpu.large")));
        QVERIFY(lab.engine->flavors()
                    .removeProjectAccess(lab.admin, QStringLiteral("gpu.large"), QStringLiteral("demo"))
                    .ok());
        QCOMPARE(lab.engine->flavors().show(demo, QStringLiteral("gpu.large")).error().code,
                 ErrorCode::NotFound);
        // Access lists are for private flavors only.
        QCOMPARE(lab.engine->flavors()
                     .addProjectAccess(lab.admin, QStringLiteral("m1.tiny"), QStringLiteral("demo"))
                     .error()
                     .code,
                 ErrorCode::Conflict);
    }

    void onlyAdminsManageFlavors()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        FlavorSpec spec;
        spec.name = QStringLiteral("mine");
        QCOMPARE(lab.engine->flavors().create(demo, spec).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->flavors().remove(demo, QStringLiteral("m1.tiny")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(
            lab.engine->flavors()
                .setExtraSpecs(demo, QStringLiteral("m1.tiny"), {{QStringLiteral("a"), QStringLiteral("b")}})
                .error()
                .code,
            ErrorCode::Forbidden);
        QCOMPARE(lab.engine->flavors().list(demo)->size(), 5);
    }

    void extraSpecsDescriptionAndDelete()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        FlavorService &flavors = lab.engine->flavors();
        QVERIFY(flavors
                    .setExtraSpecs(lab.admin, QStringLiteral("m1.large"),
                                   {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}})
                    .ok());
        QCOMPARE(flavors.show(lab.admin, QStringLiteral("m1.large"))
                     ->extraSpecs.value(QStringLiteral("hw:cpu_policy")),
                 QStringLiteral("dedicated"));
        QCOMPARE(flavors.unsetExtraSpecs(lab.admin, QStringLiteral("m1.large"), {QStringLiteral("nope")})
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QVERIFY(
            flavors.unsetExtraSpecs(lab.admin, QStringLiteral("m1.large"), {QStringLiteral("hw:cpu_policy")})
                .ok());
        QVERIFY(flavors.show(lab.admin, QStringLiteral("m1.large"))->extraSpecs.isEmpty());
        QCOMPARE(
            flavors.setDescription(lab.admin, QStringLiteral("m1.large"), QStringLiteral("for databases"))
                ->description,
            QStringLiteral("for databases"));
        QVERIFY(flavors.remove(lab.admin, QStringLiteral("m1.large")).ok());
        QCOMPARE(flavors.show(lab.admin, QStringLiteral("m1.large")).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->actionLog().recent(1).first().action, QStringLiteral("flavor.delete"));
    }
};

QTEST_GUILESS_MAIN(TestFlavors)
#include "tst_flavors.moc"

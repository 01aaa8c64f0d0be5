#include "hosts/hosturi.h"

#include <QTest>

using namespace sd;

class TestHostUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsLibvirtUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("kind");
        QTest::newRow("local system") << "qemu:///system" << int(HostKind::Local);
        QTest::newRow("local session") << "qemu:///session" << int(HostKind::Local);
        QTest::newRow("unix transport") << "qemu+unix:///system" << int(HostKind::Local);
        QTest::newRow("ssh") << "qemu+ssh://root@10.0.0.5/system" << int(HostKind::Remote);
        QTest::newRow("ssh with port") << "qemu+ssh://admin@host.example:2222/system" << int(HostKind::Remote);
        QTest::newRow("tls") << "qemu+tls://host.example/system" << int(HostKind::Remote);
        QTest::newRow("test default") << "test:///default" << int(HostKind::Simulated);
        QTest::newRow("test node file") << "test:///tmp/node.xml" << int(HostKind::Simulated);
        QTest::newRow("surrounding spaces") << "  qemu:///system " << int(HostKind::Local);
    }
    void acceptsLibvirtUris()
    {
        QFETCH(QString, uri);
        QFETCH(int, kind);
        const auto parsed = HostUri::parse(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->text, uri.trimmed());
    }

    void refusesMalformedUrisNamingThem_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("no scheme") << "compute-1" << "not a libvirt URI";
        QTest::newRow("http") << "http://host/system" << "driver 'http' is not supported";
        QTest::newRow("xen") << "xen:///system" << "driver 'xen'";
        QTest::newRow("bad path") << "qemu:///root" << "path must be /system or /session";
        QTest::newRow("ssh without host") << "qemu+ssh:///system" << "needs a host name";
        QTest::newRow("host without transport") << "qemu://node1/system" << "needs a transport";
        QTest::newRow("unknown transport") << "qemu+carrier://node1/system" << "unknown transport 'carrier'";
        QTest::newRow("test with host") << "test://node1/default" << "simulated hosts run in this process";
        QTest::newRow("test without file") << "test:///" << "name a node XML file";
    }
    void refusesMalformedUrisNamingThem()
    {
        QFETCH(QString, uri);
        QFETCH(QString, mentions);
        const auto parsed = HostUri::parse(uri);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::BadRequest);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        if (!uri.trimmed().isEmpty())
            QVERIFY2(parsed.error().message.contains(uri.trimmed()), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestHostUri)
#include "tst_hosturi.moc"

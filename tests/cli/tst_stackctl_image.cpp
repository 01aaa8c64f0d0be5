// `stackctl image` on the demo lab, with real image files made by qemu-img: uploads and downloads checked
// down to the checksum, every kind of bad image refused without a trace, list/show/set/unset/delete,
// sharing with another project, deactivation, save, the hosts' image caches, Ctrl-C, and bad input.

#include "testcloud.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>

#include <csignal>

class TestStackctlImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QString m_demoPassword;
    TestHttpServer m_http;
    QByteArray m_urlImage; // what the server serves at /cirros.qcow2

    QString demoDir() const { return m_home.path() + QStringLiteral("/stackdesk/demo"); }
    QString file(const QString &name) const { return m_files.filePath(name); }

    StackctlRun admin(const QStringList &args) const
    {
        return StackctlRunner(m_home.path()).run(QStringList{QStringLiteral("--demo")} + args);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return admin(QStringList{"--os-username", "demo", "--os-password", m_demoPassword,
                                 "--os-project-name", "demo"} +
                     args);
    }

    QStringList imageNames(bool member = false) const
    {
        const QStringList args{"image", "list", "-f", "value", "-c", "name"};
        const StackctlRun run = member ? asDemo(args) : admin(args);
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return TestCloud::lines(run);
    }

    static bool qemuImg(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral("qemu-img"), args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning().noquote() << "qemu-img" << args.join(QLatin1Char(' '))
                                 << process.readAllStandardError();
            return false;
        }
        return true;
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    static QString sha256(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    // A few MiB of incompressible data, so a compressed qcow2 of it has clusters all through the file.
    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (char &c : data) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty())
            QSKIP("qemu-img is not installed; images cannot be made or checked");
        QVERIFY(m_home.isValid());
        QVERIFY(m_files.isValid());
        COMPARE_EXIT(admin({"project", "list"}), 0);
        QFile readme(demoDir() + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const auto match =
            QRegularExpression(QStringLiteral("Member: user demo, project demo, password (\\S+)"))
                .match(QString::fromUtf8(readme.readAll()));
        QVERIFY(match.hasMatch());
        m_demoPassword = match.captured(1);

        QVERIFY(qemuImg({"create", "-q", "-f", "qcow2", file("disk.qcow2"), "64M"}));
        QVERIFY(qemuImg({"create", "-q", "-f", "raw", file("disk.raw"), "1M"}));
        // A qcow2 with data in it: compressed random clusters, so cutting it loses referenced data.
        QVERIFY(write(file("random.raw"), randomBytes(4 * 1024 * 1024)));
        QVERIFY(qemuImg({"convert", "-q", "-O", "qcow2", "-c", file("random.raw"), file("data.qcow2")}));
        const QByteArray whole = contents(file("data.qcow2"));
        QVERIFY(whole.size() > 1024 * 1024);
        QVERIFY(write(file("truncated.qcow2"), whole.left(whole.size() / 2)));
        QVERIFY(write(file("empty.img"), {}));
        QVERIFY(write(file("text.qcow2"), "this is not a disk image\n"));
        QVERIFY(qemuImg(
            {"create", "-q", "-f", "qcow2", "-b", "/etc/passwd", "-F", "raw", file("backing.qcow2"), "1M"}));

        m_urlImage = contents(file("data.qcow2"));
        m_http.serve("/cirros.qcow2", m_urlImage);
        QVERIFY(m_http.startListening() != 0);
    }

    void createFromQcow2PrintsTheActiveRecord()
    {
        const StackctlRun run = admin({"image", "create", "--file", file("disk.qcow2"), "--disk-format",
                                       "qcow2", "--min-disk", "1", "--min-ram", "64", "--property",
                                       "os_distro=cirros", "--tag", "test", "cirros", "-f", "json"});
        const QJsonObject image = TestCloud::object(run);
        QCOMPARE(image.value("name").toString(), QStringLiteral("cirros"));
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(image.value("disk_format").toString(), QStringLiteral("qcow2"));
        QCOMPARE(image.value("container_format").toString(), QStringLiteral("bare"));
        QCOMPARE(image.value("virtual_size").toInteger(), 64LL * 1024 * 1024);
        const QByteArray data = contents(file("disk.qcow2"));
        QCOMPARE(image.value("size").toInteger(), qint64(data.size()));
        QCOMPARE(image.value("checksum").toString(), sha256(data));
        QCOMPARE(image.value("min_disk").toInt(), 1);
        QCOMPARE(image.value("min_ram").toInt(), 64);
        QCOMPARE(image.value("visibility").toString(), QStringLiteral("private"));
        QCOMPARE(image.value("protected").toBool(true), false);
        QCOMPARE(image.value("owner_name").toString(), QStringLiteral("admin"));
        QVERIFY(!image.value("owner").toString().isEmpty());
        QCOMPARE(image.value("tags").toVariant().toStringList(), QStringList{"test"});
        // Properties are an object, not a list of k='v' strings.
        QCOMPARE(image.value("properties").toObject(), (QJsonObject{{"os_distro", "cirros"}}));
        QVERIFY(image.value("created_at").toString().endsWith(QLatin1Char('Z')));
        // stderr is no terminal here: no progress bar.
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void formatIsDetectedWhenNotGiven_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("virtualSize");
        QTest::newRow("qcow2") << QStringLiteral("disk.qcow2") << QStringLiteral("qcow2")
                               << 64LL * 1024 * 1024;
        QTest::newRow("raw") << QStringLiteral("disk.raw") << QStringLiteral("raw") << 1024LL * 1024;
    }

    void formatIsDetectedWhenNotGiven()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(qint64, virtualSize);
        const QString name = QStringLiteral("detected-") + format;
        const QJsonObject image =
            TestCloud::object(admin({"image", "create", "--file", file(path), name, "-f", "json"}));
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(image.value("disk_format").toString(), format);
        QCOMPARE(image.value("virtual_size").toInteger(), virtualSize);
        QCOMPARE(image.value("checksum").toString(), sha256(contents(file(path))));
        COMPARE_EXIT(admin({"image", "delete", name}), 0);
    }

    void badImagesAreRefusedWithoutATrace_data()
    {
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero-byte file") << QStringList{"--file", file("empty.img")} << "empty";
        QTest::newRow("text declared qcow2")
            << QStringList{"--file", file("text.qcow2"), "--disk-format", "qcow2"} << "no qcow2 header";
        QTest::newRow("raw data declared qcow2")
            << QStringList{"--file", file("disk.raw"), "--disk-format", "qcow2"} << "qcow2";
        QTest::newRow("truncated qcow2")
            << QStringList{"--file", file("truncated.qcow2")} << "damaged or incomplete";
        QTest::newRow("qcow2 with a backing file")
            << QStringList{"--file", file("backing.qcow2")} << "refers to another file";
        QTest::newRow("missing file") << QStringList{"--file", file("nope.qcow2")} << "nope.qcow2";
        QTest::newRow("ftp URL") << QStringList{"--url", "ftp://127.0.0.1/cirros.qcow2"}
                                 << "only http:// and https://";
        QTest::newRow("URL that 404s") << QStringList{"--url", m_http.url("/missing.qcow2")} << "404";
    }

    void badImagesAreRefusedWithoutATrace()
    {
        QFETCH(QStringList, source);
        QFETCH(QString, message);
        const QStringList before = imageNames();
        const StackctlRun run = admin(QStringList{"image", "create"} + source + QStringList{"refused"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(imageNames(), before);
        QVERIFY(!admin({"image", "list", "--long", "-f", "json"}).out.contains(QStringLiteral("refused")));
    }

    void isoDeclaredRawIsRefused()
    {
        QString tool = QStandardPaths::findExecutable(QStringLiteral("genisoimage"));
        QStringList args{"-quiet", "-o", file("cd.iso"), m_files.path() + QStringLiteral("/text.qcow2")};
        if (tool.isEmpty()) {
            tool = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
            args = QStringList{"-as", "mkisofs", "-quiet", "-o", file("cd.iso"), file("text.qcow2")};
        }
        if (tool.isEmpty())
            QSKIP("neither genisoimage nor xorriso is installed");
        QProcess make;
        make.start(tool, args);
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        const QStringList before = imageNames();
        const StackctlRun run =
            admin({"image", "create", "--file", file("cd.iso"), "--disk-format", "raw", "cd"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("iso"));
        QCOMPARE(imageNames(), before);
    }

    void createFromUrlDownloadsAndChecksums()
    {
        const StackctlRun run =
            admin({"image", "create", "--url", m_http.url("/cirros.qcow2"), "from-url", "-f", "json"});
        const QJsonObject image = TestCloud::object(run);
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(image.value("disk_format").toString(), QStringLiteral("qcow2"));
        QCOMPARE(image.value("size").toInteger(), qint64(m_urlImage.size()));
        QCOMPARE(image.value("checksum").toString(), sha256(m_urlImage));
        QCOMPARE(image.value("virtual_size").toInteger(), 4LL * 1024 * 1024);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        COMPARE_EXIT(admin({"image", "delete", "from-url"}), 0);
    }

    void ctrlCCancelsADownloadAndLeavesNothing()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STACKCTL_PATH),
                      {"--demo", "image", "create", "--url", m_http.url("/slow"), "interrupted"});
        QVERIFY(process.waitForStarted());
        // Interrupt once the download is under way, as a user watching the bar would.
        const qint64 sentBefore = m_http.slowBytesSent();
        QTRY_VERIFY_WITH_TIMEOUT(m_http.slowBytesSent() > sentBefore + 512 * 1024, 30000);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cancelled")), qPrintable(err));
        QVERIFY(!imageNames().contains(QStringLiteral("interrupted")));
        const StackctlRun all = admin({"image", "list", "--long", "-f", "json"});
        QVERIFY2(!all.out.contains(QStringLiteral("interrupted")), qPrintable(all.out));
    }

    void listShowSetUnset()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.qcow2"), "editable"}), 0);

        const StackctlRun table = admin({"image", "list"});
        COMPARE_EXIT(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("| ID ")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("| Status ")), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QStringLiteral("Checksum")), qPrintable(table.out));
        const StackctlRun longTable = admin({"image", "list", "--long"});
        COMPARE_EXIT(longTable, 0);
        for (const char *header : {"Disk Format", "Container Format", "Size", "Checksum", "Visibility",
                                   "Protected", "Owner", "Tags"})
            QVERIFY2(longTable.out.contains(QLatin1String(header)), header);
        QCOMPARE(TestCloud::lines(admin({"image", "list", "--name", "EDITA", "-f", "value", "-c", "name"})),
                 QStringList{"editable"});
        QVERIFY(TestCloud::lines(admin({"image", "list", "--status", "active", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("editable")));
        QCOMPARE(TestCloud::lines(admin({"image", "list", "--status", "deactivated", "-f", "value"})),
                 QStringList());
        QVERIFY(TestCloud::lines(admin({"image", "list", "--private", "-f", "value", "-c", "name"}))
                    .contains(QStringLiteral("editable")));
        QVERIFY(!TestCloud::lines(admin({"image", "list", "--public", "-f", "value", "-c", "name"}))
                     .contains(QStringLiteral("editable")));

        COMPARE_EXIT(admin({"image", "set", "--name", "edited", "--min-disk", "2", "--min-ram", "128",
                            "--property", "os_distro=ubuntu", "--property", "hw_disk_bus=virtio", "--tag",
                            "a", "--tag", "b", "editable"}),
                     0);
        QJsonObject shown = TestCloud::object(admin({"image", "show", "edited", "-f", "json"}));
        const QString id = shown.value("id").toString();
        QCOMPARE(shown.value("min_disk").toInt(), 2);
        QCOMPARE(shown.value("min_ram").toInt(), 128);
        QCOMPARE(shown.value("properties").toObject(),
                 (QJsonObject{{"hw_disk_bus", "virtio"}, {"os_distro", "ubuntu"}}));
        QCOMPARE(shown.value("tags").toVariant().toStringList(), (QStringList{"a", "b"}));
        COMPARE_EXIT(admin({"image", "show", "editable"}), 1);
        // By id too.
        QCOMPARE(TestCloud::object(admin({"image", "show", id, "-f", "json"})).value("name").toString(),
                 QStringLiteral("edited"));

        const StackctlRun yaml = admin({"image", "show", id, "-f", "yaml", "-c", "properties"});
        COMPARE_EXIT(yaml, 0);
        QCOMPARE(yaml.out, QStringLiteral("properties:\n  hw_disk_bus: virtio\n  os_distro: ubuntu\n"));
        const StackctlRun value = admin({"image", "show", id, "-f", "value", "-c", "properties"});
        QCOMPARE(value.out, QStringLiteral("hw_disk_bus='virtio', os_distro='ubuntu'\n"));

        COMPARE_EXIT(admin({"image", "unset", "--property", "hw_disk_bus", "--tag", "a", id}), 0);
        shown = TestCloud::object(admin({"image", "show", id, "-f", "json"}));
        QCOMPARE(shown.value("properties").toObject(), (QJsonObject{{"os_distro", "ubuntu"}}));
        QCOMPARE(shown.value("tags").toVariant().toStringList(), QStringList{"b"});

        COMPARE_EXIT(admin({"image", "delete", id}), 0);
        QVERIFY(!imageNames().contains(QStringLiteral("edited")));
    }

    void protectedImageIsKeptUntilUnprotected()
    {
        const QJsonObject image = TestCloud::object(
            admin({"image", "create", "--file", file("disk.raw"), "--protected", "keeper", "-f", "json"}));
        QCOMPARE(image.value("protected").toBool(), true);
        const StackctlRun refused = admin({"image", "delete", "keeper"});
        COMPARE_EXIT(refused, 1);
        VERIFY_MESSAGE(refused, QStringLiteral("protected"));
        QVERIFY(imageNames().contains(QStringLiteral("keeper")));

        COMPARE_EXIT(admin({"image", "set", "--unprotected", "keeper"}), 0);
        COMPARE_EXIT(admin({"image", "delete", "keeper"}), 0);
        QVERIFY(!imageNames().contains(QStringLiteral("keeper")));
    }

    void deleteReportsEachImageAndGoesOn()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.raw"), "first"}), 0);
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.raw"), "second"}), 0);
        const StackctlRun run = admin({"image", "delete", "first", "no-such-image", "second"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Failed to delete image with name or ID 'no-such-image'"));
        VERIFY_MESSAGE(run, QStringLiteral("1 of 3 images failed to delete."));
        const QStringList left = imageNames();
        QVERIFY(!left.contains(QStringLiteral("first")));
        QVERIFY(!left.contains(QStringLiteral("second")));
    }

    void memberSeesOnlyWhatIsSharedWithTheirProject()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.raw"), "admins-only"}), 0);
        QVERIFY(!imageNames(true).contains(QStringLiteral("admins-only")));
        const StackctlRun hidden = asDemo({"image", "show", "admins-only"});
        COMPARE_EXIT(hidden, 1);
        VERIFY_MESSAGE(hidden, QStringLiteral("admins-only"));

        COMPARE_EXIT(admin({"image", "set", "--shared", "admins-only"}), 0);
        const QJsonObject member =
            TestCloud::object(admin({"image", "add", "project", "admins-only", "demo", "-f", "json"}));
        const QJsonObject demo = TestCloud::object(admin({"project", "show", "demo", "-f", "json"}));
        QCOMPARE(member.value("member_id").toString(), demo.value("id").toString());
        QCOMPARE(member.value("member_name").toString(), QStringLiteral("demo"));

        QVERIFY(imageNames(true).contains(QStringLiteral("admins-only")));
        const QJsonObject seen = TestCloud::object(asDemo({"image", "show", "admins-only", "-f", "json"}));
        QCOMPARE(seen.value("visibility").toString(), QStringLiteral("shared"));
        QCOMPARE(seen.value("members").toVariant().toStringList(), QStringList{demo.value("id").toString()});
        const QJsonArray members =
            TestCloud::array(admin({"image", "member", "list", "admins-only", "-f", "json"}));
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.at(0).toObject().value("member_id").toString(), demo.value("id").toString());

        // Shared with, not owned by: the member may not change it.
        COMPARE_EXIT(asDemo({"image", "set", "--name", "taken", "admins-only"}), 1);

        COMPARE_EXIT(admin({"image", "remove", "project", "admins-only", "demo"}), 0);
        QVERIFY(!imageNames(true).contains(QStringLiteral("admins-only")));
        COMPARE_EXIT(admin({"image", "delete", "admins-only"}), 0);
    }

    void memberManagesOwnImagesButCannotPublish()
    {
        const QJsonObject mine = TestCloud::object(
            asDemo({"image", "create", "--file", file("disk.raw"), "demo-image", "-f", "json"}));
        QCOMPARE(mine.value("owner_name").toString(), QStringLiteral("demo"));
        QCOMPARE(mine.value("status").toString(), QStringLiteral("active"));

        const StackctlRun publish = asDemo({"image", "set", "--public", "demo-image"});
        COMPARE_EXIT(publish, 1);
        VERIFY_MESSAGE(publish, QStringLiteral("only an admin may make an image public"));
        QCOMPARE(TestCloud::object(asDemo({"image", "show", "demo-image", "-f", "json"}))
                     .value("visibility")
                     .toString(),
                 QStringLiteral("private"));
        const StackctlRun createPublic =
            asDemo({"image", "create", "--file", file("disk.raw"), "--public", "demo-public"});
        COMPARE_EXIT(createPublic, 1);
        QVERIFY(!imageNames(true).contains(QStringLiteral("demo-public")));

        COMPARE_EXIT(asDemo({"image", "set", "--property", "os_distro=debian", "demo-image"}), 0);
        COMPARE_EXIT(asDemo({"image", "delete", "demo-image"}), 0);
    }

    void adminDeactivatesAndActivates()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.raw"), "--community", "switchable"}), 0);
        COMPARE_EXIT(asDemo({"image", "set", "--deactivate", "switchable"}), 1);
        COMPARE_EXIT(admin({"image", "set", "--deactivate", "switchable"}), 0);
        QCOMPARE(TestCloud::object(admin({"image", "show", "switchable", "-f", "json"}))
                     .value("status")
                     .toString(),
                 QStringLiteral("deactivated"));
        QCOMPARE(TestCloud::lines(
                     admin({"image", "list", "--status", "deactivated", "-f", "value", "-c", "name"})),
                 QStringList{"switchable"});
        COMPARE_EXIT(admin({"image", "set", "--activate", "switchable"}), 0);
        QCOMPARE(TestCloud::object(admin({"image", "show", "switchable", "-f", "json"}))
                     .value("status")
                     .toString(),
                 QStringLiteral("active"));
        COMPARE_EXIT(admin({"image", "delete", "switchable"}), 0);
    }

    void saveRoundTripsByteIdentical()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("data.qcow2"), "saved"}), 0);
        const QString out = file("saved-copy.qcow2");
        const StackctlRun run = admin({"image", "save", "--file", out, "saved"});
        COMPARE_EXIT(run, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(contents(out), contents(file("data.qcow2")));
        COMPARE_EXIT(admin({"image", "delete", "saved"}), 0);
    }

    void cacheCopiesAnImageToAHost()
    {
        COMPARE_EXIT(admin({"image", "create", "--file", file("disk.qcow2"), "cached"}), 0);
        const StackctlRun add = admin({"image", "cache", "add", "cached", "compute-1", "-f", "json"});
        const QJsonObject entry = TestCloud::object(add);
        QCOMPARE(entry.value("host").toString(), QStringLiteral("compute-1"));
        QCOMPARE(entry.value("image").toString(), QStringLiteral("cached"));
        QVERIFY2(entry.value("volume_path").toString().contains(QStringLiteral("stackdesk-images")),
                 qPrintable(add.out));

        const QJsonArray onHost =
            TestCloud::array(admin({"image", "cache", "list", "--host", "compute-1", "-f", "json"}));
        QCOMPARE(onHost.size(), 1);
        QCOMPARE(onHost.at(0).toObject().value("image").toString(), QStringLiteral("cached"));
        QCOMPARE(
            TestCloud::array(admin({"image", "cache", "list", "--host", "compute-2", "-f", "json"})).size(),
            0);
        const QJsonArray everywhere = TestCloud::array(admin({"image", "cache", "list", "-f", "json"}));
        QCOMPARE(everywhere.size(), 1);
        QCOMPARE(everywhere.at(0).toObject().value("host").toString(), QStringLiteral("compute-1"));

        const StackctlRun member = asDemo({"image", "cache", "add", "cached", "compute-2"});
        COMPARE_EXIT(member, 1);
        QCOMPARE(
            TestCloud::array(admin({"image", "cache", "list", "--host", "compute-2", "-f", "json"})).size(),
            0);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString qcow2 = file("disk.qcow2");
        QTest::newRow("no source") << QStringList{"image", "create", "x"} << 2 << "--file or --url";
        QTest::newRow("two sources") << QStringList{"image", "create", "--file",
                                                    qcow2,   "--url",  "http://127.0.0.1/x",
                                                    "x"}
                                     << 2 << "--file and --url";
        QTest::newRow("not a URL") << QStringList{"image", "create", "--url", "http://[::1", "x"} << 2
                                   << "--url http://[::1: not a URL";
        QTest::newRow("min-disk not a number")
            << QStringList{"image", "create", "--file", qcow2, "--min-disk", "abc", "x"} << 2
            << "--min-disk: 'abc'";
        QTest::newRow("min-ram not a number")
            << QStringList{"image", "set", "--min-ram", "1.5", "x"} << 2 << "--min-ram: '1.5'";
        QTest::newRow("property without =")
            << QStringList{"image", "create", "--file", qcow2, "--property", "foo", "x"} << 2
            << "--property foo: expected key=value";
        QTest::newRow("set property without =") << QStringList{"image", "set", "--property", "foo", "x"} << 2
                                                << "--property foo: expected key=value";
        QTest::newRow("unknown disk format")
            << QStringList{"image", "create", "--file", qcow2, "--disk-format", "qcow3", "x"} << 2
            << "--disk-format qcow3: not one of raw, qcow2";
        QTest::newRow("unknown container format")
            << QStringList{"image", "set", "--container-format", "tar", "x"} << 2 << "--container-format tar";
        QTest::newRow("two visibilities")
            << QStringList{"image", "create", "--file", qcow2, "--public", "--shared", "x"} << 2
            << "--public, --shared exclude each other";
        QTest::newRow("protected and unprotected")
            << QStringList{"image", "set", "--protected", "--unprotected", "x"} << 2 << "exclude each other";
        QTest::newRow("activate and deactivate")
            << QStringList{"image", "set", "--activate", "--deactivate", "x"} << 2 << "exclude each other";
        QTest::newRow("set nothing") << QStringList{"image", "set", "x"} << 2 << "nothing to change";
        QTest::newRow("unset nothing") << QStringList{"image", "unset", "x"} << 2 << "nothing to change";
        QTest::newRow("unknown status")
            << QStringList{"image", "list", "--status", "gone"} << 2 << "--status gone: not one of";
        QTest::newRow("save without file") << QStringList{"image", "save", "x"} << 2 << "--file";
        QTest::newRow("negative min-disk")
            << QStringList{"image", "create", "--file", qcow2, "--min-disk", "-1", "x"} << 1 << "-1";
        QTest::newRow("unknown image") << QStringList{"image", "show", "nope"} << 1 << "nope";
        QTest::newRow("cache add, unknown image")
            << QStringList{"image", "cache", "add", "nope", "compute-9"} << 1 << "nope";
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString before = admin({"image", "list", "--long", "-f", "json"}).out;
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(admin({"image", "list", "--long", "-f", "json"}).out, before);
    }
};

QTEST_GUILESS_MAIN(TestStackctlImage)
#include "tst_stackctl_image.moc"

// `stackctl keypair` on the demo lab: the private key printed once or written 0600, imports checked against
// ssh-keygen, per-user key pairs, and bad input with its exit codes.

#include "../engine/sshkeygen.h"
#include "democloud.h"

#include <QFileInfo>

using sd::test::SshKeygen;

class TestStackctlKeyPair : public QObject
{
    Q_OBJECT

    DemoCloud m_cloud;
    QTemporaryDir m_files;

    StackctlRun admin(const QStringList &args) const { return m_cloud.admin(args); }
    QStringList names(const QStringList &extra = {}) const
    {
        return TestCloud::lines(admin(QStringList{"keypair", "list", "-f", "value", "-c", "name"} + extra));
    }
    QString file(const QString &name) const { return m_files.filePath(name); }
    static QString write(const QString &path, const QString &text)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_cloud.open());
    }

    void createPrintsThePrivateKeyOnce()
    {
        const StackctlRun run = admin({"keypair", "create", "printed"});
        COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n")),
                 qPrintable(run.out));
        QVERIFY(run.out.endsWith(QStringLiteral("-----END OPENSSH PRIVATE KEY-----\n")));
        const QJsonObject shown = TestCloud::object(admin({"keypair", "show", "printed", "-f", "json"}));
        QCOMPARE(shown.value("type").toString(), QStringLiteral("ssh"));
        QCOMPARE(shown.value("key_type").toString(), QStringLiteral("ED25519 256"));
        QCOMPARE(shown.value("user_name").toString(), QStringLiteral("admin"));
        // Nothing prints it again: show has no private key, only the public one.
        QVERIFY(!shown.keys().contains(QStringLiteral("private_key")));
        if (!SshKeygen::available())
            QSKIP("ssh-keygen is not installed: nothing to check the key against");
        const QString privateFile = write(file("printed"), run.out);
        QFile::setPermissions(privateFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const StackctlRun pub = admin({"keypair", "show", "--public-key", "printed"});
        COMPARE_EXIT(pub, 0);
        QCOMPARE(SshKeygen::publicFromPrivate(privateFile).section(' ', 0, 1),
                 pub.out.trimmed().section(' ', 0, 1));
        QCOMPARE(shown.value("fingerprint").toString(),
                 SshKeygen::fingerprint(write(file("printed.pub"), pub.out)));
    }

    void privateKeyFileIsOwnerOnlyAndNeverOverwritten()
    {
        const QString path = file("id_rsa");
        const StackctlRun run = admin({"keypair", "create", "--type", "rsa", "--bits", "2048",
                                       "--private-key", path, "-f", "json", "rsa-file"});
        COMPARE_EXIT(run, 0);
        QCOMPARE(TestCloud::object(run).value("key_type").toString(), QStringLiteral("RSA 2048"));
        // Mode 0600: the owner's bits only (ReadUser/WriteUser describe whoever runs the test, not the mode).
        const QFileDevice::Permissions mode =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile key(path);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray before = key.readAll();
        QVERIFY(before.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        QVERIFY2(!run.out.contains(QString::fromLatin1(before.split('\n').at(1))),
                 "the private key was printed");

        // The same file again: refused before any key pair is made, and the first key is untouched.
        const StackctlRun again = admin({"keypair", "create", "--private-key", path, "second"});
        COMPARE_EXIT(again, 1);
        VERIFY_MESSAGE(again, QStringLiteral("'%1': already exists").arg(path));
        QVERIFY(!names().contains(QStringLiteral("second")));
        key.seek(0);
        QCOMPARE(key.readAll(), before);
        if (SshKeygen::available())
            QVERIFY(!SshKeygen::publicFromPrivate(path).isEmpty());
    }

    void importedKeyFingerprintIsSshKeygens()
    {
        if (!SshKeygen::available())
            QSKIP("ssh-keygen is not installed: nothing to check the key against");
        const QString line = SshKeygen::generate(m_files.path(), QStringLiteral("laptop"),
                                                 QStringLiteral("ecdsa"), 384, QStringLiteral("me@laptop"));
        QVERIFY(!line.isEmpty());
        const StackctlRun run =
            admin({"keypair", "create", "--public-key", file("laptop.pub"), "-f", "json", "laptop"});
        COMPARE_EXIT(run, 0);
        const QJsonObject created = TestCloud::object(run);
        QCOMPARE(created.value("fingerprint").toString(), SshKeygen::fingerprint(file("laptop.pub")));
        QCOMPARE(created.value("key_type").toString(), QStringLiteral("ECDSA 384"));
        QCOMPARE(admin({"keypair", "show", "--public-key", "laptop"}).out.trimmed(), line);
        const StackctlRun table = admin({"keypair", "list"});
        COMPARE_EXIT(table, 0);
        for (const char *header : {"Name", "Fingerprint", "Type"})
            QVERIFY2(table.out.contains(QLatin1String(header)), qPrintable(table.out));
        QVERIFY2(table.out.contains(SshKeygen::fingerprint(file("laptop.pub"))), qPrintable(table.out));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad name") << QStringList{"keypair", "create", "a/b"} << 1
                                  << "Key pair name 'a/b': use letters, digits, spaces, '-', '_', '.', '@'";
        QTest::newRow("bad type") << QStringList{"keypair", "create", "--type", "dsa", "k"} << 2
                                  << "--type: 'dsa' is not a key type";
        QTest::newRow("bits without rsa")
            << QStringList{"keypair", "create", "--bits", "4096", "k"} << 2 << "add --type rsa";
        QTest::newRow("odd rsa size")
            << QStringList{"keypair", "create", "--type", "rsa", "--bits", "1024", "k"} << 1
            << "RSA key size 1024";
        QTest::newRow("public and private")
            << QStringList{"keypair", "create", "--public-key", "a", "--private-key", "b", "k"} << 2
            << "exclude each other";
        QTest::newRow("missing public key file")
            << QStringList{"keypair", "create", "--public-key", "/nonexistent/id.pub", "k"} << 1
            << "Public key file '/nonexistent/id.pub'";
        QTest::newRow("private key folder missing")
            << QStringList{"keypair", "create", "--private-key", "/nonexistent/id", "k"} << 1
            << "folder /nonexistent does not exist";
        QTest::newRow("private key as public key")
            << QStringList{"keypair", "create", "--public-key", "@private", "k"} << 1
            << "this is a private key";
        QTest::newRow("dsa key") << QStringList{"keypair", "create", "--public-key", "@dsa", "k"} << 1
                                 << "DSA keys are refused";
        QTest::newRow("duplicate") << QStringList{"keypair", "create", "printed"} << 1
                                   << "'printed' already exists";
        QTest::newRow("unknown key pair")
            << QStringList{"keypair", "show", "nope"} << 1 << "Key pair 'nope': no such key pair";
        QTest::newRow("unknown user")
            << QStringList{"keypair", "list", "--user", "nobody"} << 1 << "User 'nobody': no such user";
        QTest::newRow("no name") << QStringList{"keypair", "create"} << 2 << "NAME";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // "@private" and "@dsa" stand for files written here.
        for (QString &arg : args) {
            if (arg == QLatin1String("@private"))
                arg = write(file("pasted-private"), "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbg==\n"
                                                    "-----END OPENSSH PRIVATE KEY-----\n");
            else if (arg == QLatin1String("@dsa"))
                arg = write(
                    file("dsa.pub"),
                    "ssh-dss AAAAB3NzaC1kc3MAAACBAOoyAATR+oqp1tt1jf0OYz54jPI1krFjXZq7pF/n0o+MHUuOoIchtnAH"
                    "wJMc7RmEDdE90okWYThFvhFhJkQbSCXKVTHcUZBVRoWSbZq35nFX2Ya6jQoqQhh9qnbp/U1ZmjGfcHUk6gwKT"
                    "rK/1xkxvo+tEomM+rlvLau29EH8iscrAAAAFQCoT3Im/QIQCxNIvA/9hwM5h21gHQAAAIEAhWmIlTeoCBjQpQ"
                    "yzPB/G5GPiqX8avHNajLFasUE5mEOPTTkaO6muR/y7jcYfFJqBNs3mtUc+NebAPFTiNxgj0Igol68Mmshvb5A"
                    "hi/xRnUebF7jQnZrif0VRf5GbiwdfuuNm23SRBID2YGN/j7Tzo4+LDnHJ67YRaUPH4QyeG3IAAACASHhWYMWK"
                    "LhLBigxqkTq/xBo/19IKM7Kxx/IQipEIPzMZc34PYmgyl8KJUZWZv70qGjm7YhZB5+M7YIe+vqOF6W0kt+5pP"
                    "6s2IlFC1lVET8k0gR961qWkbScC6qSyzZxBsNQHe3LL72+WiRBBCXFglHuBDNgU+u1rho7v3+Qb848= dsa\n");
        }
        const QStringList before = names();
        const StackctlRun run = admin(args);
        COMPARE_EXIT(run, exitCode);
        VERIFY_MESSAGE(run, message);
        QCOMPARE(names(), before);
    }

    void keyPairsAreEachUsersOwn()
    {
        COMPARE_EXIT(m_cloud.asDemo({"keypair", "create", "--private-key", file("demo-key"), "demo-key"}), 0);
        QCOMPARE(TestCloud::lines(m_cloud.asDemo({"keypair", "list", "-f", "value", "-c", "name"})),
                 QStringList{"demo-key"});
        QVERIFY(!names().contains(QStringLiteral("demo-key")));
        const StackctlRun sneaky = m_cloud.asDemo({"keypair", "list", "--user", "admin"});
        COMPARE_EXIT(sneaky, 1);
        VERIFY_MESSAGE(sneaky, QStringLiteral("only administrators may manage another user's key pairs"));
        COMPARE_EXIT(m_cloud.asDemo({"keypair", "show", "printed"}), 1);
        // The administrator reaches demo's by naming the user.
        QCOMPARE(names({"--user", "demo"}), QStringList{"demo-key"});
        COMPARE_EXIT(admin({"keypair", "show", "--user", "demo", "demo-key"}), 0);
        COMPARE_EXIT(admin({"keypair", "delete", "--user", "demo", "demo-key"}), 0);
        QVERIFY(TestCloud::lines(m_cloud.asDemo({"keypair", "list", "-f", "value", "-c", "name"})).isEmpty());
    }

    void deleteManyReportsEachFailure()
    {
        COMPARE_EXIT(admin({"keypair", "create", "--private-key", file("d1"), "d1"}), 0);
        COMPARE_EXIT(admin({"keypair", "create", "--private-key", file("d2"), "d2"}), 0);
        const StackctlRun run = admin({"keypair", "delete", "d1", "missing", "d2"});
        COMPARE_EXIT(run, 1);
        VERIFY_MESSAGE(run, QStringLiteral("Failed to delete key pair with name 'missing'"));
        VERIFY_MESSAGE(run, QStringLiteral("1 of 3 key pairs failed to delete."));
        QVERIFY(!names().contains(QStringLiteral("d1")));
        QVERIFY(!names().contains(QStringLiteral("d2")));
    }
};

QTEST_GUILESS_MAIN(TestStackctlKeyPair)
#include "tst_stackctl_keypair.moc"

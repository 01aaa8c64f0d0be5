// Key pairs: generated and imported keys checked against OpenSSH's own ssh-keygen, bad names and bad keys,
// per-user ownership, the key_pairs quota, and the private key that must never reach the store.

#include "sshkeygen.h"
#include "testlab.h"

#include "compute/keypairservice.h"
#include "compute/sshkeys.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"
#include "quota/quotaservice.h"
#include "tasks/actionlog.h"

#include <QDirIterator>
#include <QSignalSpy>

using namespace sd;
using sd::test::SshKeygen;
using sd::test::TestLab;

namespace {

// Made once with `ssh-keygen -t dsa` and `ssh-keygen -t rsa -b 1024`: keys the import must refuse. Shipped
// because newer OpenSSH releases can no longer generate DSA keys at all.
const char *const kDsaKey =
    "ssh-dss "
    "AAAAB3NzaC1kc3MAAACBAOoyAATR+oqp1tt1jf0OYz54jPI1krFjXZq7pF/n0o+MHUuOoIchtnAHwJMc7RmEDdE90okWYThFvhFhJk"
    "QbSCXKVTHcUZBVRoWSbZq35nFX2Ya6jQoqQhh9qnbp/U1ZmjGfcHUk6gwKTrK/1xkxvo+tEomM+rlvLau29EH8iscrAAAAFQCoT3Im/"
    "QIQCxNI"
    "vA/9hwM5h21gHQAAAIEAhWmIlTeoCBjQpQyzPB/G5GPiqX8avHNajLFasUE5mEOPTTkaO6muR/"
    "y7jcYfFJqBNs3mtUc+NebAPFTiNxgj0Igol6"
    "8Mmshvb5Ahi/xRnUebF7jQnZrif0VRf5GbiwdfuuNm23SRBID2YGN/"
    "j7Tzo4+LDnHJ67YRaUPH4QyeG3IAAACASHhWYMWKLhLBigxqkTq/xBo/"
    "19IKM7Kxx/"
    "IQipEIPzMZc34PYmgyl8KJUZWZv70qGjm7YhZB5+M7YIe+vqOF6W0kt+5pP6s2IlFC1lVET8k0gR961qWkbScC6qSyzZxBsNQHe3"
    "LL72+WiRBBCXFglHuBDNgU+u1rho7v3+Qb848= dsa-fixture";
const char *const kRsa1024Key =
    "ssh-rsa "
    "AAAAB3NzaC1yc2EAAAADAQABAAAAgQC26xKNP7eIk7Y82Og2In16D6Sdzu/HND9KCLsBEJzZLmeHsZtHEZB9I+p5dnJVRPO+Oycr1X"
    "OEokRSdw/fOFu/W5+fBHN+cI4iSVT9A92LpOTYNsJlHSkCk3nsM1WdQbEPdVKBsai3/fsXt1NWR1Bp65tIXILZaBRItKDjqxmZ/Q== "
    "rsa1024-fixture";
// A valid ed25519 public key (from ssh-keygen), the base of the damaged variants below.
const char *const kEd25519Key =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7zhLcMe7fhGpfwOwqwjdn852zCu5FbYhfLVdOusgGs fixture@example";

KeyPairSpec importing(const QString &name, const QString &publicKey)
{
    KeyPairSpec spec;
    spec.name = name;
    spec.publicKey = publicKey;
    return spec;
}

KeyPairSpec generating(const QString &name, KeyPairSpec::Type type = KeyPairSpec::Type::Ed25519,
                       int bits = 3072)
{
    KeyPairSpec spec;
    spec.name = name;
    spec.type = type;
    spec.rsaBits = bits;
    return spec;
}

QString writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

} // namespace

class TestKeyPairs : public QObject
{
    Q_OBJECT

    // One lab for the data-driven refusals, which leave nothing behind.
    TestLab m_shared;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_shared.open(true, false)); }

    void generatedKeysAreRealOpenSshKeys_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("ed25519") << int(KeyPairSpec::Type::Ed25519) << 256 << "ED25519";
        QTest::newRow("rsa 2048") << int(KeyPairSpec::Type::Rsa) << 2048 << "RSA";
        QTest::newRow("rsa 3072") << int(KeyPairSpec::Type::Rsa) << 3072 << "RSA";
        QTest::newRow("rsa 4096") << int(KeyPairSpec::Type::Rsa) << 4096 << "RSA";
    }
    void generatedKeysAreRealOpenSshKeys()
    {
        QFETCH(int, type);
        QFETCH(int, bits);
        QFETCH(QString, algorithm);
        if (!SshKeygen::available())
            QSKIP("ssh-keygen is not installed: nothing to check the keys against");
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto created = lab.engine->keyPairs().create(
            lab.admin, generating(QStringLiteral("k1"), KeyPairSpec::Type(type), bits));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        // OpenSSH's own format for every type, wrapped at 70 columns as ssh-keygen writes it.
        QVERIFY2(created->privateKey.startsWith(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n")),
                 qPrintable(created->privateKey.left(40)));
        QVERIFY(created->privateKey.endsWith(QStringLiteral("\n-----END OPENSSH PRIVATE KEY-----\n")));
        for (const QString &line : created->privateKey.split(QLatin1Char('\n')))
            QVERIFY(line.size() <= 70);
        QCOMPARE(created->keyPair.algorithm, algorithm);
        QCOMPARE(created->keyPair.bits, bits);
        QCOMPARE(created->keyPair.type, QStringLiteral("ssh"));

        // OpenSSH reads the private key, derives the same public key from it, and fingerprints it as we do.
        QTemporaryDir tmp;
        const QString privateFile = writeFile(tmp.filePath(QStringLiteral("id")), created->privateKey);
        QFile::setPermissions(privateFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString derived = SshKeygen::publicFromPrivate(privateFile);
        QCOMPARE(derived.section(QLatin1Char(' '), 0, 1),
                 created->keyPair.publicKey.section(QLatin1Char(' '), 0, 1));
        const QString pubFile = writeFile(tmp.filePath(QStringLiteral("id.pub")), created->keyPair.publicKey);
        QCOMPARE(SshKeygen::fingerprint(pubFile), created->keyPair.fingerprint);
        QVERIFY(SshKeygen::fingerprintLine(pubFile).startsWith(QString::number(bits) + QLatin1Char(' ')));

        const auto shown = lab.engine->keyPairs().show(lab.admin, QStringLiteral("k1"));
        QVERIFY(shown.ok());
        QCOMPARE(shown->publicKey, created->keyPair.publicKey);
        QCOMPARE(shown->fingerprint, created->keyPair.fingerprint);
    }

    void importedKeysFingerprintAsSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("ed25519") << "ed25519" << 0 << "ED25519";
        QTest::newRow("rsa 2048") << "rsa" << 2048 << "RSA";
        QTest::newRow("rsa 3072") << "rsa" << 3072 << "RSA";
        QTest::newRow("ecdsa 256") << "ecdsa" << 256 << "ECDSA";
        QTest::newRow("ecdsa 384") << "ecdsa" << 384 << "ECDSA";
        QTest::newRow("ecdsa 521") << "ecdsa" << 521 << "ECDSA";
    }
    void importedKeysFingerprintAsSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        QFETCH(QString, algorithm);
        if (!SshKeygen::available())
            QSKIP("ssh-keygen is not installed: nothing to check the keys against");
        QTemporaryDir tmp;
        const QString line = SshKeygen::generate(tmp.path(), QStringLiteral("id"), type, bits,
                                                 QStringLiteral("alice@laptop key one"));
        QVERIFY(!line.isEmpty());
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto imported =
            lab.engine->keyPairs().create(lab.admin, importing(QStringLiteral("laptop"), line));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QVERIFY(imported->privateKey.isEmpty());
        const QString expected = SshKeygen::fingerprintLine(tmp.filePath(QStringLiteral("id.pub")));
        QCOMPARE(imported->keyPair.fingerprint, expected.section(QLatin1Char(' '), 1, 1));
        QCOMPARE(QString::number(imported->keyPair.bits), expected.section(QLatin1Char(' '), 0, 0));
        QVERIFY(expected.endsWith(QStringLiteral("(%1)").arg(algorithm)));
        QCOMPARE(imported->keyPair.algorithm, algorithm);
        // The comment is kept, spaces and all, as Nova keeps the whole line.
        QCOMPARE(imported->keyPair.publicKey, line);
        QVERIFY(imported->keyPair.publicKey.endsWith(QStringLiteral(" alice@laptop key one")));
    }

    void badKeysAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        const QString good = QLatin1String(kEd25519Key);
        const QString blob = good.section(QLatin1Char(' '), 1, 1);
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("only a type") << "ssh-ed25519"
                                     << "base64 key data";
        QTest::newRow("truncated base64") << "ssh-ed25519 " + blob.left(blob.size() - 9) << "ssh-ed25519";
        QTest::newRow("truncated at a 4-char boundary") << "ssh-ed25519 " + blob.left(40) << "ssh-ed25519";
        QTest::newRow("not base64") << "ssh-ed25519 AAAA$$$$"
                                    << "not valid base64";
        QTest::newRow("type mismatch")
            << "ssh-rsa " + blob << "'ssh-rsa' but the key data is a 'ssh-ed25519' key";
        QTest::newRow("bytes glued on")
            << "ssh-ed25519 " +
                   QString::fromLatin1(QByteArray::fromBase64(blob.toLatin1()).append("extra").toBase64())
            << "extra or damaged bytes";
        QTest::newRow("private key pasted")
            << "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
               "-----END OPENSSH PRIVATE KEY-----"
            << "this is a private key";
        QTest::newRow("PEM RSA private key")
            << "-----BEGIN RSA PRIVATE KEY-----\nMIIEow==\n-----END RSA PRIVATE KEY-----"
            << "this is a private key";
        QTest::newRow("SSH2 block")
            << "---- BEGIN SSH2 PUBLIC KEY ----\nAAAAC3Nz\n---- END SSH2 PUBLIC KEY ----"
            << "ssh-keygen -i";
        QTest::newRow("two keys") << good + "\n" + good << "more than one line";
        QTest::newRow("dsa") << QString::fromLatin1(kDsaKey) << "DSA keys are refused";
        QTest::newRow("rsa 1024") << QString::fromLatin1(kRsa1024Key) << "1024 bits is too short";
        QTest::newRow("unknown type")
            << "ssh-foo " + QString::fromLatin1(QByteArray("\0\0\0\7ssh-foo", 11).toBase64())
            << "not a key type StackDesk accepts";
        QTest::newRow("authorized_keys options") << "from=\"10.0.0.1\" " + good << "from=";
    }
    void badKeysAreRefusedWithTheReason()
    {
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        TestLab &lab = m_shared;
        const auto r = lab.engine->keyPairs().create(lab.admin, importing(QStringLiteral("bad"), key));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY(lab.engine->keyPairs().list(lab.admin)->isEmpty());
        // The same parser answers the GUI's live check.
        QVERIFY(!SshKeys::parsePublicKey(key).ok());
    }

    void theFixtureKeyIsGood()
    {
        const auto info = SshKeys::parsePublicKey(QLatin1String(kEd25519Key));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->comment, QStringLiteral("fixture@example"));
        QCOMPARE(info->line(), QString::fromLatin1(kEd25519Key));
        // Surrounding whitespace and a trailing newline (as in a .pub file) are fine.
        QVERIFY(SshKeys::parsePublicKey(QStringLiteral("  %1\n").arg(QLatin1String(kEd25519Key))).ok());
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "Key pair name: empty";
        QTest::newRow("slash") << "a/b"
                               << "Key pair name 'a/b': use letters, digits, spaces, '-', '_', '.', '@'";
        QTest::newRow("colon") << "a:b"
                               << "'a:b'";
        QTest::newRow("tab") << "a\tb"
                             << "use letters";
        QTest::newRow("newline") << "a\nb"
                                 << "use letters";
        QTest::newRow("not ascii") << QString::fromUtf8("ключ") << "use letters";
        QTest::newRow("quote") << "it's"
                               << "'it's'";
        QTest::newRow("256 characters")
            << QString(256, QLatin1Char('k')) << "longer than 255 characters (256)";
        QTest::newRow("only spaces") << "   "
                                     << "only spaces";
    }
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        TestLab &lab = m_shared;
        const auto r = lab.engine->keyPairs().create(lab.admin, importing(name, QLatin1String(kEd25519Key)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void novasAllowedCharactersAreAccepted()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        for (const QString &name : {QStringLiteral("my key@host.example_1-2"), QString(255, QLatin1Char('k')),
                                    QStringLiteral("a")}) {
            const auto r =
                lab.engine->keyPairs().create(lab.admin, importing(name, QLatin1String(kEd25519Key)));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r->keyPair.name, name);
        }
        QCOMPARE(lab.engine->keyPairs().list(lab.admin)->size(), 3);
    }

    void namesAreUniquePerUser()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        QVERIFY(lab.engine->keyPairs().create(lab.admin, generating(QStringLiteral("work"))).ok());
        const auto again = lab.engine->keyPairs().create(
            lab.admin, importing(QStringLiteral("work"), QLatin1String(kEd25519Key)));
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("'work' already exists")));
        // Another user's namespace is their own.
        QVERIFY(lab.engine->keyPairs()
                    .create(demo, importing(QStringLiteral("work"), QLatin1String(kEd25519Key)))
                    .ok());
    }

    void keyPairsAreTheirUsersOwn()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        auto &keys = lab.engine->keyPairs();
        QVERIFY(keys.create(lab.admin, generating(QStringLiteral("admin-key"))).ok());
        QVERIFY(keys.create(demo, importing(QStringLiteral("demo-key"), QLatin1String(kEd25519Key))).ok());

        QCOMPARE(keys.list(demo)->size(), 1);
        QCOMPARE(keys.list(demo)->first().name, QStringLiteral("demo-key"));
        QCOMPARE(keys.show(demo, QStringLiteral("admin-key")).error().code, ErrorCode::NotFound);
        QCOMPARE(keys.remove(demo, QStringLiteral("admin-key")).error().code, ErrorCode::NotFound);
        // A member may not name another user at all.
        QCOMPARE(keys.list(demo, QStringLiteral("admin")).error().code, ErrorCode::Forbidden);
        QCOMPARE(keys.create(demo,
                             [] {
                                 auto s = generating(QStringLiteral("sneaky"));
                                 s.user = QStringLiteral("admin");
                                 return s;
                             }())
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        // Naming oneself is fine.
        QCOMPARE(keys.list(demo, QStringLiteral("demo"))->size(), 1);

        // Administrators reach another user's key pairs by naming the user.
        QCOMPARE(keys.list(lab.admin)->size(), 1);
        const auto demos = keys.list(lab.admin, QStringLiteral("demo"));
        QVERIFY(demos.ok());
        QCOMPARE(demos->size(), 1);
        QCOMPARE(demos->first().userName, QStringLiteral("demo"));
        QVERIFY(keys.show(lab.admin, QStringLiteral("demo-key"), QStringLiteral("demo")).ok());
        QCOMPARE(keys.show(lab.admin, QStringLiteral("demo-key"), QStringLiteral("nobody")).error().code,
                 ErrorCode::NotFound);
        auto forDemo = generating(QStringLiteral("from-admin"));
        forDemo.user = QStringLiteral("demo");
        QVERIFY(keys.create(lab.admin, forDemo).ok());
        QCOMPARE(keys.list(demo)->size(), 2);
        QVERIFY(keys.remove(lab.admin, QStringLiteral("demo-key"), QStringLiteral("demo")).ok());
        QCOMPARE(keys.list(demo)->size(), 1);
        QVERIFY(keys.show(lab.admin, QStringLiteral("admin-key")).ok());
    }

    void quotaCountsEachUsersKeyPairs()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        // A second member of project demo, to see that the limit applies to each user's own count.
        UserSpec bob;
        bob.name = QStringLiteral("bob");
        bob.password = QStringLiteral("bob-password-1");
        bob.primaryProject = QStringLiteral("demo");
        QVERIFY(lab.engine->users().create(lab.admin, bob).ok());
        QVERIFY(lab.engine->roles()
                    .assignToUser(lab.admin, QStringLiteral("bob"), QStringLiteral("demo"),
                                  QStringLiteral("member"))
                    .ok());
        const auto bobCtx = lab.engine->login(QStringLiteral("bob"), bob.password, QStringLiteral("demo"));
        QVERIFY(bobCtx.ok());
        QVERIFY(lab.engine->quotas()
                    .set(lab.admin, QStringLiteral("demo"), {{QStringLiteral("key_pairs"), 2}})
                    .ok());

        auto &keys = lab.engine->keyPairs();
        QVERIFY(keys.create(demo, generating(QStringLiteral("one"))).ok());
        QVERIFY(keys.create(demo, importing(QStringLiteral("two"), QLatin1String(kEd25519Key))).ok());
        const auto third = keys.create(demo, generating(QStringLiteral("three")));
        QCOMPARE(third.error().code, ErrorCode::QuotaExceeded);
        QVERIFY2(third.error().message.contains(QStringLiteral("key_pairs: requested 1, 2 in use, limit 2")),
                 qPrintable(third.error().message));
        QCOMPARE(keys.list(demo)->size(), 2);
        QVERIFY(keys.create(*bobCtx, generating(QStringLiteral("one"))).ok());
        QVERIFY(keys.create(*bobCtx, generating(QStringLiteral("two"))).ok());
        QCOMPARE(keys.create(*bobCtx, generating(QStringLiteral("three"))).error().code,
                 ErrorCode::QuotaExceeded);
        // Deleting one makes room again.
        QVERIFY(keys.remove(demo, QStringLiteral("one")).ok());
        QVERIFY(keys.create(demo, generating(QStringLiteral("three"))).ok());
    }

    void thePrivateKeyNeverReachesTheStore()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto ed = lab.engine->keyPairs().create(lab.admin, generating(QStringLiteral("ed")));
        const auto rsa = lab.engine->keyPairs().create(
            lab.admin, generating(QStringLiteral("rsa"), KeyPairSpec::Type::Rsa));
        QVERIFY(ed.ok() && rsa.ok());
        // Every base64 line of the private keys' bodies; none may appear in any file of the data dir (the
        // database, its WAL, the logs).
        // A private key file also holds the public key (the RSA modulus, OpenSSH's copy of the public
        // blob), so a line that also occurs in the stored public key is public material, not a leak.
        QList<QByteArray> secrets;
        for (const auto *pair : {&*ed, &*rsa})
            for (const QString &line : pair->privateKey.split(QLatin1Char('\n')))
                if (line.size() >= 40 && !line.startsWith(QLatin1String("-----")) &&
                    !ed->keyPair.publicKey.contains(line) && !rsa->keyPair.publicKey.contains(line))
                    secrets << line.toLatin1();
        QVERIFY(secrets.size() > 4);
        // The public keys are stored: the check below would find them, so it can find the private ones.
        bool foundPublic = false;
        const QByteArray publicBlob = ed->keyPair.publicKey.section(QLatin1Char(' '), 1, 1).toLatin1();
        QDirIterator it(lab.engine->dataDir().path(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            foundPublic = foundPublic || bytes.contains(publicBlob);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        QVERIFY(foundPublic);
        // Nor the action log: it names the key pair and nothing else.
        for (const ActionLogEntry &e : lab.engine->actionLog().recent(20))
            if (e.targetKind == QLatin1String("keypair")) {
                QVERIFY(e.action == QLatin1String("keypair.create"));
                QVERIFY(e.targetName == QLatin1String("ed") || e.targetName == QLatin1String("rsa"));
                QVERIFY(e.message.isEmpty());
            }
    }

    void changesAreAnnouncedAndLogged()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QSignalSpy changed(lab.engine.get(), &Engine::resourceChanged);
        QSignalSpy removed(lab.engine.get(), &Engine::resourceRemoved);
        QVERIFY(lab.engine->keyPairs()
                    .create(lab.admin, importing(QStringLiteral("k"), QLatin1String(kEd25519Key)))
                    .ok());
        QVERIFY(lab.engine->keyPairs().remove(lab.admin, QStringLiteral("k")).ok());
        const QString id = lab.admin.userId + QStringLiteral("/k");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first(), (QVariantList{QStringLiteral("keypair"), id}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first(), (QVariantList{QStringLiteral("keypair"), id}));
        QStringList actions;
        for (const ActionLogEntry &e : lab.engine->actionLog().recent(10))
            if (e.targetKind == QLatin1String("keypair"))
                actions << e.action + QLatin1Char(' ') + e.outcome;
        QCOMPARE(actions, (QStringList{"keypair.delete succeeded", "keypair.import succeeded"}));
        QCOMPARE(lab.engine->keyPairs().remove(lab.admin, QStringLiteral("k")).error().code,
                 ErrorCode::NotFound);
    }

    void rsaSizesOutsideTheOfferAreRefused()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const auto r = lab.engine->keyPairs().create(
            lab.admin, generating(QStringLiteral("k"), KeyPairSpec::Type::Rsa, 1024));
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY(r.error().message.contains(QStringLiteral("RSA key size 1024")));
    }
};

QTEST_GUILESS_MAIN(TestKeyPairs)
#include "tst_keypairs.moc"

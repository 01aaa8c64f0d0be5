#include "testlab.h"

#include "identity/identitystore.h"
#include "identity/passwordhasher.h"

#include <QFile>

using namespace sd;
using sd::test::TestLab;

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsAreHashedWithArgon2id()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("s3cret-pass"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("s3cret-pass")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("s3cret-pass")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("s3cret-pasS")));
    }

    void demoAdminLogsInWithThePrintedPassword()
    {
        TestLab lab;
        QVERIFY(lab.open());
        const QString password = lab.engine->firstRunPassword();
        QVERIFY(password.size() >= 12);
        QFile readme(lab.engine->dataDir().path() + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(readme.readAll().contains(password.toUtf8()));
        QCOMPARE(int(readme.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);

        const auto ctx = lab.engine->login(QStringLiteral("admin"), password, QStringLiteral("admin"));
        QVERIFY(ctx.ok());
        QVERIFY(ctx->isAdmin());
        QCOMPARE(ctx->projectName, QStringLiteral("admin"));
        const auto wrong = lab.engine->login(QStringLiteral("admin"), QStringLiteral("nope-nope"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Forbidden);
        // Unknown users get the same words as a wrong password: names are not revealed.
        const auto nobody = lab.engine->login(QStringLiteral("nobody"), QStringLiteral("nope-nope"));
        QCOMPARE(nobody.error().message.section(QLatin1Char(':'), 1), wrong.error().message.section(QLatin1Char(':'), 1));
    }

    void switchingProjectNeedsARoleThere()
    {
        TestLab lab;
        QVERIFY(lab.open());
        const auto same = lab.engine->switchProject(lab.admin, QStringLiteral("admin"));
        QVERIFY(same.ok());
        QVERIFY(same->isAdmin());
        const auto unknown = lab.engine->switchProject(lab.admin, QStringLiteral("physics-101"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::Forbidden);
        QVERIFY(unknown.error().message.contains(QStringLiteral("physics-101")));
        QCOMPARE(lab.engine->switchProject(RequestContext(), QStringLiteral("admin")).error().code,
                 ErrorCode::Forbidden);
    }

    void newDataDirGetsAnAdministrator()
    {
        TestLab lab;
        QVERIFY(lab.open(false));
        QVERIFY(!lab.engine->firstRunPassword().isEmpty());
        QCOMPARE(lab.admin.userName, QStringLiteral("admin"));
        QCOMPARE(lab.engine->hosts().list(lab.admin)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"

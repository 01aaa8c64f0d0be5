// The security checks, through the engine API: tenants see only their own project, readers
// cannot change anything, passwords are argon2id hashes, tokens are bound, expire and can be revoked.

#include "testlab.h"

#include "compute/keypairservice.h"

#include "identity/authservice.h"
#include "identity/groupservice.h"
#include "identity/policy.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"
#include "quota/quotaservice.h"
#include "store/database.h"

#include <QSqlQuery>

#include <sys/stat.h>

using namespace sd;
using sd::test::TestLab;

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDemoMemberCannotSeeOrTouchProjectAdmin()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const RequestContext demo = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        const QString admin = QStringLiteral("admin");
        // Reads: existence is not revealed.
        QCOMPARE(lab.engine->projects().show(demo, admin).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->quotas().show(demo, admin).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->users().show(demo, admin).error().code, ErrorCode::NotFound);
        QCOMPARE(lab.engine->projects().list(demo)->size(), 1);
        RoleAssignmentFilter f;
        f.project = admin;
        QCOMPARE(lab.engine->roles().assignments(demo, f).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->users().list(demo).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->groups().list(demo).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->hosts().list(demo).error().code, ErrorCode::Forbidden);
        // Changes.
        ProjectUpdate rename;
        rename.name = QStringLiteral("mine-now");
        QCOMPARE(lab.engine->projects().update(demo, admin, rename).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->projects().remove(demo, admin).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->quotas().set(demo, admin, {{QStringLiteral("cores"), 1}}).error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->roles().assignToUser(demo, QStringLiteral("demo"), admin, QStringLiteral("admin")).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(lab.engine->switchProject(demo, admin).error().code, ErrorCode::Forbidden);
        QVERIFY(lab.engine->projects().show(lab.admin, admin).ok()); // still there, unchanged
        QCOMPARE(lab.engine->projects().show(lab.admin, admin)->name, admin);
    }

    void aReaderCannotCreateOrChange()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        QVERIFY(lab.engine->users().create(lab.admin, UserSpec{QStringLiteral("rita"), QString(), QString(),
                                                              QStringLiteral("reader-pass-1"), QStringLiteral("demo"), true})
                    .ok());
        QVERIFY(lab.engine->roles().assignToUser(lab.admin, QStringLiteral("rita"), QStringLiteral("demo"), QStringLiteral("reader")).ok());
        const auto reader = lab.engine->login(QStringLiteral("rita"), QStringLiteral("reader-pass-1"), QStringLiteral("demo"));
        QVERIFY(reader.ok());
        QCOMPARE(reader->roles, QStringList{QStringLiteral("reader")});
        QVERIFY(lab.engine->quotas().show(*reader, QStringLiteral("demo")).ok());
        QCOMPARE(lab.engine->quotas().set(*reader, QStringLiteral("demo"), {{QStringLiteral("cores"), 1}}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(lab.engine->projects().create(*reader, ProjectSpec{QStringLiteral("x"), QString(), true}).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(lab.engine->roles().create(*reader, QStringLiteral("x")).error().code, ErrorCode::Forbidden);
        // Every rule that is not read-only refuses a reader.
        const Policy &policy = lab.engine->policy();
        for (const QString &action : policy.actions()) {
            const bool readOnly = action.endsWith(QLatin1String(":list")) || action.endsWith(QLatin1String(":show")) ||
                                  action.endsWith(QLatin1String(":download")) ||
                                  action == QLatin1String("quota:defaults") || action == QLatin1String("token:issue") ||
                                  action == QLatin1String("user:change_password") ||
                                  // A user's own key pairs, as in Nova ("admin or user_id"): any role.
                                  action == QLatin1String("keypair:create") ||
                                  action == QLatin1String("keypair:delete");
            if (!readOnly)
                QVERIFY2(!policy.allows(*reader, action, reader->projectId), qPrintable(action));
        }
        // The exemption is about the reader's own key pairs only: another user's stay out of reach.
        QCOMPARE(lab.engine->keyPairs().list(*reader, QStringLiteral("demo")).error().code,
                 ErrorCode::Forbidden);
    }

    void passwordsAreStoredAsArgon2idAndTheDatabaseIsPrivate()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString file = lab.engine->dataDir().databaseFile();
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, password_hash FROM users")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY2(q.value(1).toString().startsWith(QStringLiteral("$argon2id$")), qPrintable(q.value(0).toString()));
            QVERIFY(!q.value(1).toString().contains(lab.demoPassword(q.value(0).toString())));
        }
        QCOMPARE(rows, 2);
    }

    void tokensAreBoundExpireAndAreRevoked()
    {
        TestLab lab;
        QVERIFY(lab.open(true, false));
        const QString password = lab.demoPassword(QStringLiteral("demo"));
        auto session = lab.engine->auth().login(QStringLiteral("demo"), password, QStringLiteral("demo"));
        QVERIFY(session.ok());
        QVERIFY(session->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(lab.engine->auth().validate(session->token)->projectName, QStringLiteral("demo"));
        QCOMPARE(lab.engine->auth().validate(QStringLiteral("forged")).error().code, ErrorCode::Forbidden);

        // Only a hash of the token is stored.
        auto db = Database::open(lab.engine->dataDir().databaseFile());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM tokens")) && q.next());
        QVERIFY(q.value(0).toString() != session->token);

        // Disabling the user ends the session at once.
        UserUpdate off;
        off.enabled = false;
        QVERIFY(lab.engine->users().update(lab.admin, QStringLiteral("demo"), off).ok());
        QVERIFY(!lab.engine->auth().validate(session->token).ok());
        QVERIFY(!lab.engine->login(QStringLiteral("demo"), password, QStringLiteral("demo")).ok());
        UserUpdate on;
        on.enabled = true;
        QVERIFY(lab.engine->users().update(lab.admin, QStringLiteral("demo"), on).ok());

        // Expiry.
        auto later = lab.engine->auth().login(QStringLiteral("demo"), password);
        QVERIFY(later.ok());
        QVERIFY(q.exec(QStringLiteral("UPDATE tokens SET expires_at = '2000-01-01T00:00:00Z'")));
        const auto expired = lab.engine->auth().validate(later->token);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().message.contains(QStringLiteral("expired")));

        // Re-scoping needs a role in the other project; revoke ends the token.
        auto admin = lab.engine->auth().login(QStringLiteral("admin"), lab.demoPassword(QStringLiteral("admin")));
        QVERIFY(admin.ok());
        QCOMPARE(lab.engine->auth().rescope(admin->token, QStringLiteral("demo")).error().code, ErrorCode::Forbidden);
        QVERIFY(lab.engine->roles().assignToUser(lab.admin, QStringLiteral("admin"), QStringLiteral("demo"), QStringLiteral("member")).ok());
        auto scoped = lab.engine->auth().rescope(admin->token, QStringLiteral("demo"));
        QVERIFY(scoped.ok());
        QCOMPARE(scoped->context.projectName, QStringLiteral("demo"));
        QVERIFY(!lab.engine->auth().validate(admin->token).ok()); // the old scope is gone
        QVERIFY(lab.engine->auth().revoke(scoped->token).ok());
        QVERIFY(!lab.engine->auth().validate(scoped->token).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"

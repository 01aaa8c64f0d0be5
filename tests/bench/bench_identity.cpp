// Identity figures on a fresh data dir: login with argon2id (interactive limits), the cost of one policy
// check (which every Engine call makes), and creating many projects and users through the engine.

#include "engine.h"
#include "identity/policy.h"
#include "identity/projectservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int projects = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int usersPerProject = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 30;

    QTemporaryDir dir;
    auto opened = Engine::open(EngineOptions{dir.path(), false, false});
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    Engine &engine = **opened;
    const QString password = engine.firstRunPassword();

    // Login: argon2id verify plus loading the roles.
    QList<double> logins;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        if (!engine.login(QStringLiteral("admin"), password, QStringLiteral("admin")))
            return 1;
        logins.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(logins.begin(), logins.end());
    out << QStringLiteral("login (argon2id, interactive limits): median %1 ms, min %2 ms over 10")
               .arg(logins.at(5), 0, 'f', 1).arg(logins.first(), 0, 'f', 1)
        << Qt::endl;

    // Policy check: a member asking for a member-scoped action in their own project (the common case).
    RequestContext member;
    member.userId = QStringLiteral("u");
    member.userName = QStringLiteral("u");
    member.projectId = QStringLiteral("p");
    member.projectName = QStringLiteral("p");
    member.roles = {QStringLiteral("member")};
    const Policy &policy = engine.policy();
    const int checks = 1000000;
    int allowed = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < checks; ++i)
        allowed += policy.allows(member, QStringLiteral("quota:show"), member.projectId) ? 1 : 0;
    const double perCheckUs = t.nsecsElapsed() / 1e3 / checks;
    out << QStringLiteral("policy check: %1 us per call over %2 calls (target < 5 us; %3 allowed)")
               .arg(perCheckUs, 0, 'f', 3).arg(checks).arg(allowed)
        << Qt::endl;

    // Bulk: projects, each with users who get the member role there.
    const RequestContext admin = *engine.localAdminContext();
    QElapsedTimer bulk;
    bulk.start();
    qint64 hashingNs = 0;
    for (int p = 0; p < projects; ++p) {
        const QString project = QStringLiteral("class-%1").arg(p);
        if (!engine.projects().create(admin, ProjectSpec{project, QString(), true}))
            return 1;
        for (int u = 0; u < usersPerProject; ++u) {
            const QString user = QStringLiteral("student-%1-%2").arg(p).arg(u);
            QElapsedTimer h;
            h.start();
            if (!engine.users().create(admin, UserSpec{user, QString(), QString(), QStringLiteral("password-%1").arg(u),
                                                       project, true}))
                return 1;
            hashingNs += h.nsecsElapsed();
            if (!engine.roles().assignToUser(admin, user, project, QStringLiteral("member")))
                return 1;
        }
    }
    const double total = bulk.nsecsElapsed() / 1e9;
    out << QStringLiteral("%1 projects x %2 users (created, with a role each): %3 s in all, %4 ms per user "
                          "(of which user create with argon2id hashing %5 ms)")
               .arg(projects).arg(usersPerProject).arg(total, 0, 'f', 1)
               .arg(total * 1000 / (projects * usersPerProject), 0, 'f', 1)
               .arg(hashingNs / 1e6 / (projects * usersPerProject), 0, 'f', 1)
        << Qt::endl;
    QElapsedTimer l;
    l.start();
    const auto users = engine.users().list(admin);
    out << QStringLiteral("user list of %1 users: %2 ms").arg(users->size()).arg(l.nsecsElapsed() / 1e6, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

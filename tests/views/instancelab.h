#pragma once

// The GUI tests' lab for instances: the engine tests' ComputeLab (demo lab, a small qcow2 image "tiny",
// the member's context in project demo) with every host up, plus key pairs and server groups written
// straight into the store until their services land on this branch.

// computelab.h waits on tasks without including the runner.
#include "tasks/taskrunner.h"

#include "computelab.h"

#include "compute/instance/instanceservice.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace sd::test {

struct InstanceLab : ComputeLab
{
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        return ComputeLab::open();
    }

    // Runs one statement on the data dir's database through a connection of the test's own.
    bool exec(const QString &sql, const QVariantList &values)
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("instancelab"));
            db.setDatabaseName(engine->dataDir().databaseFile());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                ok = q.exec();
                if (!ok)
                    qWarning() << q.lastError().text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("instancelab"));
        return ok;
    }

    bool addKeyPair(const RequestContext &ctx, const QString &name)
    {
        return exec(
            QStringLiteral("INSERT INTO key_pairs (user_id, name, public_key, fingerprint, created_at) "
                           "VALUES (?, ?, ?, 'SHA256:test', '2026-01-01T00:00:00Z')"),
            {ctx.userId, name, QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBtest %1").arg(name)});
    }

    QString addServerGroup(const RequestContext &ctx, const QString &name, const QString &policy)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return exec(QStringLiteral(
                        "INSERT INTO server_groups (id, name, project_id, user_id, policy, created_at) "
                        "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"),
                    {id, name, ctx.projectId, ctx.userId, policy})
                   ? id
                   : QString();
    }

    // Waits, spinning the event loop, until the instance's status is the one given.
    bool waitForStatus(const RequestContext &ctx, const QString &id, const QString &status,
                       int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto i = engine->instances().show(ctx, id);
            if (i && i->status() == status && i->taskState.isEmpty())
                return true;
            QTest::qWait(20);
        }
        return false;
    }
};

} // namespace sd::test

#pragma once

// The demo lab plus what launching needs in tests: a small public qcow2 image ("tiny") and the demo
// member's context in project demo (whose network is `private`).

#include "compute/flavorservice.h"
#include "compute/instance/instancerepository.h"
#include "compute/instance/instanceservice.h"
#include "image/imageservice.h"
#include "store/database.h"
#include "tasks/taskrunner.h"
#include "testlab.h"

#include <QProcess>
#include <QSqlQuery>

namespace sd::test {

struct ComputeLab : TestLab
{
    RequestContext demo;
    QString imageId;

    bool open()
    {
        if (!TestLab::open())
            return false;
        demo = loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        const QString file = dir.filePath(QStringLiteral("tiny.qcow2"));
        if (QProcess::execute(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                           QStringLiteral("qcow2"), file, QStringLiteral("64M")})
            != 0)
            return false;
        ImageSpec spec;
        spec.name = QStringLiteral("tiny");
        spec.diskFormat = QStringLiteral("qcow2");
        spec.minRamMb = 64;
        spec.visibility = ImageVisibility::Public;
        spec.sourceFile = file;
        auto image = engine->images().importNow(admin, spec);
        if (!image)
            qWarning() << image.error().toString();
        imageId = image ? image->id : QString();
        return demo.isValid() && image.ok();
    }

    LaunchSpec spec(const QString &name, const QString &flavor = QStringLiteral("m1.tiny")) const
    {
        LaunchSpec s;
        s.name = name;
        s.flavor = flavor;
        s.image = QStringLiteral("tiny");
        s.nics = {{QStringLiteral("private"), {}, {}}};
        return s;
    }

    // Launches one instance and waits until its build has ended.
    Result<Instance> launchAndWait(const RequestContext &ctx, const LaunchSpec &s)
    {
        auto made = engine->instances().launch(ctx, s);
        if (!made)
            return made.error();
        return engine->instances().waitUntilSettled(made->first().id, 20000);
    }

    // The first column of the first row of a query on the lab's store, -1 when it fails.
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(engine->instances().repository().database()->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    Result<Instance> act(const RequestContext &ctx, const QString &id, InstanceAction action)
    {
        auto task = engine->instances().perform(ctx, id, action);
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto done = engine->tasks().wait(*task); !done)
                return done.error();
        return engine->instances().waitUntilSettled(id, 20000);
    }
};

} // namespace sd::test

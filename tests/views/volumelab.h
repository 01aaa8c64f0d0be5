#pragma once

// The GUI tests' lab for block storage: InstanceLab (demo lab, image "tiny", the member's context in
// project demo, every host up) plus helpers that make volumes, snapshots and backups through the engine
// and wait, spinning the event loop, until their tasks have ended.

#include "instancelab.h"

#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

namespace sd::test {

struct VolumeLab : InstanceLab
{
    // A volume of the default type, waited for until it is available.
    Result<Volume> makeVolume(const RequestContext &ctx, const QString &name, qint64 sizeGb)
    {
        VolumeSpec spec;
        spec.name = name;
        spec.sizeGb = sizeGb;
        auto made = engine->volumes().create(ctx, spec);
        if (!made)
            return made.error();
        return engine->volumes().waitUntilSettled(made->id, 20000);
    }

    // A volume on the instance's own host (the default type keeps a volume on its host's disk, and the
    // placement takes the host with the fewest GiB): made until one lands there; the others are deleted.
    Result<Volume> volumeBeside(const RequestContext &ctx, const Instance &vm, const QString &name,
                                qint64 sizeGb)
    {
        QList<Volume> extras;
        std::optional<Volume> found;
        for (int i = 0; i < 6 && !found; ++i) {
            auto v = makeVolume(ctx, i == 0 ? name : name + QString::number(i), sizeGb);
            if (!v)
                return v.error();
            if (v->hostId == vm.hostId)
                found = *v;
            else
                extras.append(*v);
        }
        for (const Volume &v : extras) {
            (void)engine->volumes().remove(ctx, v.id);
            (void)waitUntil([&] { return !engine->volumes().show(admin, v.id).ok(); });
        }
        if (!found)
            return makeError(ErrorCode::NoValidHost,
                             QStringLiteral("no volume landed on %1").arg(vm.hostName));
        if (found->name != name) {
            VolumeUpdate rename;
            rename.name = name;
            return engine->volumes().update(ctx, found->id, rename);
        }
        return *found;
    }

    Result<Volume> volume(const QString &nameOrId) { return engine->volumes().show(admin, nameOrId); }

    // Spins the event loop until the snapshot's (or backup's) status is the one given.
    bool waitForSnapshot(const QString &id, CopyStatus status, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto s = engine->volumes().showSnapshot(admin, id);
            if (s && s->status == status)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    bool waitForBackup(const QString &id, CopyStatus status, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto b = engine->volumes().showBackup(admin, id);
            if (b && b->status == status)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    // Spins until the volume's status is the one given (or the timeout passes).
    bool waitForVolume(const QString &nameOrId, VolumeStatus status, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto v = engine->volumes().show(admin, nameOrId);
            if (v && v->status == status)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    template <typename Gone> bool waitUntil(Gone gone, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (gone())
                return true;
            QTest::qWait(20);
        }
        return false;
    }
};

} // namespace sd::test

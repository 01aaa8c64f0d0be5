#pragma once

#include "core/requestcontext.h"
#include "core/result.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace sd {

class InstanceService;

// One instance's build after the launch transaction placed it (Nova's build_and_run_instance), as a chain
// of tasks on its host: bind the ports (networking), cache the image (block_device_mapping), then make
// the disks and the seed, define and start the domain (spawning). The instance's task_state follows the
// steps. A failure leaves the instance in ERROR with the reason and releases its claims and ports; a
// delete during the build stops the chain at the next step and deletes what was made.
class InstanceBuild : public QObject
{
    Q_OBJECT

public:
    InstanceBuild(InstanceService *service, RequestContext ctx, QString instanceId, QString userData);

    void start();
    void abortForDelete(const RequestContext &ctx);
    QString deleteTaskId() const { return QString(); }

private:
    void bindPorts();
    void cacheImage();
    void spawn();
    void fail(const Error &error);
    // Ends the build: deletes the instance when a delete came in meanwhile.
    bool stoppedForDelete();
    // Calls next once every task has ended; with the first failure, when there is one.
    void whenTasksEnd(const QStringList &taskIds, std::function<void(const Result<void> &)> next);
    void done();

    InstanceService *m_service;
    RequestContext m_ctx;
    QString m_id;
    QString m_userData;
    QString m_hostId;
    QString m_basePath;
    bool m_deleteRequested = false;
    RequestContext m_deleteCtx;
};

} // namespace sd

#pragma once

#include "core/result.h"
#include "hosts/hostconnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>

#include <functional>
#include <memory>
#include <optional>

namespace sd {

// A move spans two hosts, and each host's connection lives on its own worker thread. A move's task
// runs in the pool and hands each libvirt step to the thread of the host it concerns, waiting for the
// answer: the rule "all calls for a host run on its worker" holds, and the steps read in order.
class HostCall
{
    Q_DECLARE_TR_FUNCTIONS(sd::HostCall)

public:
    template <typename T>
    static Result<T> run(HostConnection *host, const QString &hostName,
                         std::function<Result<T>(virConnectPtr)> fn)
    {
        if (!host)
            return down(hostName);
        struct Shared
        {
            QSemaphore done;
            std::optional<Result<T>> result;
        };
        // Released when the posted call is gone, whether it ran or was dropped with the host's thread, so
        // a host that goes away never leaves the waiting task hanging.
        struct Release
        {
            std::shared_ptr<Shared> shared;
            ~Release() { shared->done.release(); }
        };
        auto shared = std::make_shared<Shared>();
        // Not make_shared(Release{...}): the temporary's destructor would release at once.
        std::shared_ptr<Release> release(new Release{shared});
        host->post([release, fn = std::move(fn), hostName](virConnectPtr conn) {
            release->shared->result = conn ? fn(conn) : Result<T>(down(hostName));
        });
        release.reset();
        shared->done.acquire();
        if (!shared->result)
            return down(hostName);
        return std::move(*shared->result);
    }

    // The same without waiting: fn runs on the host's thread and done in the thread of `context` (not at
    // all when context is gone by then). A host whose thread goes away answers "went down".
    template <typename T>
    static void async(HostConnection *host, const QString &hostName, QObject *context,
                      std::function<Result<T>(virConnectPtr)> fn, std::function<void(Result<T>)> done)
    {
        if (!host) {
            deliver<T>(context, std::move(done), down(hostName));
            return;
        }
        // Delivers once: with the answer, or "went down" when the posted call is dropped unrun.
        struct Reply
        {
            QPointer<QObject> context;
            std::function<void(Result<T>)> done;
            std::optional<Result<T>> result;
            QString hostName;
            ~Reply()
            {
                if (context)
                    deliver<T>(context.data(), std::move(done), result ? std::move(*result) : Result<T>(down(hostName)));
            }
        };
        std::shared_ptr<Reply> reply(new Reply{context, std::move(done), std::nullopt, hostName});
        host->post([reply, fn = std::move(fn), hostName](virConnectPtr conn) {
            reply->result = conn ? fn(conn) : Result<T>(down(hostName));
        });
    }

    static Error down(const QString &hostName)
    {
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
    }

private:
    template <typename T>
    static void deliver(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
    {
        if (!context)
            return;
        auto shared = std::make_shared<Result<T>>(std::move(result));
        QMetaObject::invokeMethod(context, [done = std::move(done), shared]() mutable { done(std::move(*shared)); },
                                  Qt::QueuedConnection);
    }
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "topologysnapshot.h"

#include <QObject>

namespace sd {

class Engine;

// The project's part of the network, kept current from the engine's notifications ("network", "subnet",
// "router", "port"): each one updates the one thing it names, then changed() says the picture is stale.
// Never polls.
class TopologyModel : public QObject
{
    Q_OBJECT

public:
    TopologyModel(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    const TopologySnapshot &snapshot() const { return m_snapshot; }
    // Reads everything again (at start).
    void reload();

Q_SIGNALS:
    void changed();

private:
    bool belongs(const Network &network) const;
    bool belongs(const Router &router) const;
    bool belongs(const Port &port) const;
    void refresh(const QString &kind, const QString &id);
    void remove(const QString &kind, const QString &id);

    Engine &m_engine;
    RequestContext m_ctx;
    TopologySnapshot m_snapshot;
};

} // namespace sd

#include "topologymodel.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"

namespace sd {

TopologyModel::TopologyModel(Engine &engine, const RequestContext &ctx, QObject *parent)
    : QObject(parent), m_engine(engine), m_ctx(ctx)
{
    reload();
    connect(&engine, &Engine::resourceChanged, this, &TopologyModel::refresh);
    connect(&engine, &Engine::resourceRemoved, this, &TopologyModel::remove);
}

// What Horizon's topology shows a project: its own networks and those it may use (shared, external),
// its routers, and its instances' ports, also for an administrator who could see every project's.
bool TopologyModel::belongs(const Network &network) const
{
    return network.projectId == m_ctx.projectId || network.shared || network.external;
}

bool TopologyModel::belongs(const Router &router) const
{
    return router.projectId == m_ctx.projectId;
}

bool TopologyModel::belongs(const Port &port) const
{
    return port.projectId == m_ctx.projectId && TopologySnapshot::isInstancePort(port) &&
           m_snapshot.networks.contains(port.networkId);
}

void TopologyModel::reload()
{
    m_snapshot = TopologySnapshot();
    if (auto networks = m_engine.networks().list(m_ctx))
        for (const Network &n : *networks)
            if (belongs(n))
                m_snapshot.networks.insert(n.id, n);
    if (auto subnets = m_engine.subnets().list(m_ctx))
        for (const Subnet &s : *subnets)
            if (m_snapshot.networks.contains(s.networkId))
                m_snapshot.subnets.insert(s.id, s);
    if (auto routers = m_engine.routers().list(m_ctx))
        for (const Router &r : *routers)
            if (belongs(r))
                m_snapshot.routers.insert(r.id, r);
    PortFilter filter;
    filter.project = m_ctx.projectId;
    if (auto ports = m_engine.ports().list(m_ctx, filter))
        for (const Port &p : *ports)
            if (belongs(p))
                m_snapshot.ports.insert(p.id, p);
    emit changed();
}

void TopologyModel::refresh(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("network")) {
        auto n = m_engine.networks().show(m_ctx, id);
        if (!n || !belongs(*n)) {
            remove(kind, id);
            return;
        }
        const bool isNew = !m_snapshot.networks.contains(id);
        m_snapshot.networks.insert(id, *n);
        // A network that just became visible (made shared) brings its subnets along.
        if (isNew)
            if (auto subnets = m_engine.subnets().list(m_ctx, id))
                for (const Subnet &s : *subnets)
                    m_snapshot.subnets.insert(s.id, s);
    } else if (kind == QLatin1String("subnet")) {
        auto s = m_engine.subnets().show(m_ctx, id);
        if (!s || !m_snapshot.networks.contains(s->networkId)) {
            remove(kind, id);
            return;
        }
        m_snapshot.subnets.insert(id, *s);
    } else if (kind == QLatin1String("router")) {
        auto r = m_engine.routers().show(m_ctx, id);
        if (!r || !belongs(*r)) {
            remove(kind, id);
            return;
        }
        m_snapshot.routers.insert(id, *r);
    } else if (kind == QLatin1String("port")) {
        auto p = m_engine.ports().show(m_ctx, id);
        if (!p || !belongs(*p)) {
            remove(kind, id);
            return;
        }
        m_snapshot.ports.insert(id, *p);
    } else {
        return;
    }
    emit changed();
}

void TopologyModel::remove(const QString &kind, const QString &id)
{
    bool removed = false;
    if (kind == QLatin1String("network")) {
        removed = m_snapshot.networks.remove(id);
        // Its subnets and ports go with it; their own notifications may come later or not at all.
        for (auto it = m_snapshot.subnets.begin(); it != m_snapshot.subnets.end();)
            it = it->networkId == id ? (removed = true, m_snapshot.subnets.erase(it)) : std::next(it);
        for (auto it = m_snapshot.ports.begin(); it != m_snapshot.ports.end();)
            it = it->networkId == id ? (removed = true, m_snapshot.ports.erase(it)) : std::next(it);
    } else if (kind == QLatin1String("subnet")) {
        removed = m_snapshot.subnets.remove(id);
    } else if (kind == QLatin1String("router")) {
        removed = m_snapshot.routers.remove(id);
    } else if (kind == QLatin1String("port")) {
        removed = m_snapshot.ports.remove(id);
    }
    if (removed)
        emit changed();
}

} // namespace sd

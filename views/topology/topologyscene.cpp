#include "topologyscene.h"

#include "devicenodeitem.h"
#include "networkbaritem.h"
#include "portlinkitem.h"

namespace sd {

TopologyScene::TopologyScene(QObject *parent) : QGraphicsScene(parent)
{
    // Items are replaced, not moved, on every change: a BSP index would be rebuilt for nothing.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(Qt::white);
}

void TopologyScene::setGeometry(const TopologyGeometry &geometry)
{
    clear();
    m_bars.clear();
    m_nodes.clear();
    m_links.clear();
    m_geometry = geometry;

    QHash<QString, int> colours;
    for (const TopologyBar &bar : geometry.bars) {
        auto *item = new NetworkBarItem(bar);
        item->setShowLabels(m_showLabels);
        addItem(item);
        m_bars.append(item);
        colours.insert(bar.networkId, bar.colour);
    }
    for (const TopologyLink &link : geometry.links) {
        auto *item = new PortLinkItem(link, NetworkBarItem::colour(colours.value(link.networkId)));
        item->setShowLabels(m_showLabels);
        addItem(item);
        m_links.append(item);
    }
    for (const TopologyNode &node : geometry.nodes) {
        auto *item = new DeviceNodeItem(node);
        item->setShowLabels(m_showLabels);
        addItem(item);
        m_nodes.append(item);
    }
    setSceneRect(geometry.bounds);
}

void TopologyScene::setShowLabels(bool show)
{
    m_showLabels = show;
    for (NetworkBarItem *item : std::as_const(m_bars))
        item->setShowLabels(show);
    for (DeviceNodeItem *item : std::as_const(m_nodes))
        item->setShowLabels(show);
    for (PortLinkItem *item : std::as_const(m_links))
        item->setShowLabels(show);
}

} // namespace sd

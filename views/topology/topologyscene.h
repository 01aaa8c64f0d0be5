#pragma once

#include "topologylayout.h"

#include <QGraphicsScene>

namespace sd {

class DeviceNodeItem;
class NetworkBarItem;
class PortLinkItem;

// The topology's items, made from a layout: one NetworkBarItem per network, one DeviceNodeItem per
// router or instance, one PortLinkItem per port. Every clickable item carries its kind ("network",
// "router", "instance") and id under KindKey and IdKey, so the view can say what was clicked.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum DataKey
    {
        KindKey = 0,
        IdKey = 1,
    };

    explicit TopologyScene(QObject *parent = nullptr);

    // Replaces every item with the geometry's.
    void setGeometry(const TopologyGeometry &geometry);
    const TopologyGeometry &geometry() const { return m_geometry; }

    void setShowLabels(bool show);
    bool showLabels() const { return m_showLabels; }

    QList<NetworkBarItem *> barItems() const { return m_bars; }
    QList<DeviceNodeItem *> nodeItems() const { return m_nodes; }
    QList<PortLinkItem *> linkItems() const { return m_links; }

private:
    TopologyGeometry m_geometry;
    bool m_showLabels = true;
    QList<NetworkBarItem *> m_bars;
    QList<DeviceNodeItem *> m_nodes;
    QList<PortLinkItem *> m_links;
};

} // namespace sd

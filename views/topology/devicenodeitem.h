#pragma once

#include "topologylayout.h"

#include <QGraphicsItem>

namespace sd {

// A router or an instance: a box with a small symbol, its name and its status. Hover shows the details;
// the scene handles clicks.
class DeviceNodeItem : public QGraphicsItem
{
public:
    explicit DeviceNodeItem(const TopologyNode &node, QGraphicsItem *parent = nullptr);

    const TopologyNode &node() const { return m_node; }
    void setShowLabels(bool show);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintSymbol(QPainter *painter, const QRectF &box) const;

    TopologyNode m_node;
    bool m_showLabels = true;
    bool m_hover = false;
};

} // namespace sd

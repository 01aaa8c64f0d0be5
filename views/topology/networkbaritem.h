#pragma once

#include "topologylayout.h"

#include <QGraphicsItem>

namespace sd {

// A network as a tall coloured bar with its name and CIDRs written along it (Horizon's flat topology).
// Hover shows the network's details; the scene handles clicks.
class NetworkBarItem : public QGraphicsItem
{
public:
    explicit NetworkBarItem(const TopologyBar &bar, QGraphicsItem *parent = nullptr);

    // The bar's colour: external networks share a slate grey, tenant networks take turns in the palette.
    static QColor colour(int index);

    const TopologyBar &bar() const { return m_bar; }
    void setShowLabels(bool show);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    TopologyBar m_bar;
    bool m_showLabels = true;
    bool m_hover = false;
};

} // namespace sd

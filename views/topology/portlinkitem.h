#pragma once

#include "topologylayout.h"

#include <QGraphicsItem>

namespace sd {

// A port: the line from a router or an instance to a network's bar, in the network's colour (a router's
// gateway thicker), with the port's address written beside the bar.
class PortLinkItem : public QGraphicsItem
{
public:
    PortLinkItem(const TopologyLink &link, const QColor &colour, QGraphicsItem *parent = nullptr);

    const TopologyLink &link() const { return m_link; }
    void setShowLabels(bool show);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Where the address is written: above the line, at the bar's end.
    QRectF labelRect() const;

    TopologyLink m_link;
    QColor m_colour;
    bool m_showLabels = true;
};

} // namespace sd

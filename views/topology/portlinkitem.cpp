#include "portlinkitem.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace sd {

namespace {
constexpr double kLabelWidth = 150;
constexpr double kLabelHeight = 16;
} // namespace

PortLinkItem::PortLinkItem(const TopologyLink &link, const QColor &colour, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_link(link), m_colour(colour)
{
    setZValue(0);
    setToolTip(link.gateway
                   ? QCoreApplication::translate("sd::PortLinkItem", "External gateway %1").arg(link.address)
                   : QCoreApplication::translate("sd::PortLinkItem", "Port %1\n%2")
                         .arg(link.portId.left(8), link.address));
}

void PortLinkItem::setShowLabels(bool show)
{
    prepareGeometryChange();
    m_showLabels = show;
    update();
}

QRectF PortLinkItem::labelRect() const
{
    const QLineF &l = m_link.line;
    // Next to the bar, where the reader's eye follows the line to: the network the address belongs to.
    const QPointF barEnd = m_link.barOnRight ? l.p2() : l.p1();
    // Within the line's length, so the text never runs under the node or past the bar.
    const double width = std::max(0.0, std::min(kLabelWidth, l.length() - 8));
    const double x = m_link.barOnRight ? barEnd.x() - width - 4 : barEnd.x() + 4;
    return QRectF(x, barEnd.y() - kLabelHeight - 1, width, kLabelHeight);
}

QRectF PortLinkItem::boundingRect() const
{
    QRectF r = QRectF(m_link.line.p1(), m_link.line.p2()).normalized().adjusted(-3, -3, 3, 3);
    if (m_showLabels && !m_link.address.isEmpty())
        r = r.united(labelRect());
    return r;
}

void PortLinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_colour, m_link.gateway ? 4 : 2.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_link.line);
    if (!m_showLabels || m_link.address.isEmpty())
        return;
    const QRectF label = labelRect();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(QColor(0x33, 0x41, 0x55));
    painter->drawText(label, (m_link.barOnRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom,
                      painter->fontMetrics().elidedText(m_link.address, Qt::ElideRight, int(label.width())));
}

} // namespace sd

#include "networkbaritem.h"

#include "topologyscene.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPainter>

namespace sd {

NetworkBarItem::NetworkBarItem(const TopologyBar &bar, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_bar(bar)
{
    setPos(bar.rect.topLeft());
    setZValue(1);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setData(TopologyScene::KindKey, QStringLiteral("network"));
    setData(TopologyScene::IdKey, bar.networkId);
    QStringList tip{bar.name};
    if (bar.external)
        tip << QCoreApplication::translate("sd::NetworkBarItem", "External network");
    if (bar.shared)
        tip << QCoreApplication::translate("sd::NetworkBarItem", "Shared with every project");
    tip << (bar.cidrs.isEmpty() ? QCoreApplication::translate("sd::NetworkBarItem", "No subnet")
                                : bar.cidrs.join(QStringLiteral("\n")));
    setToolTip(tip.join(QLatin1Char('\n')));
}

QColor NetworkBarItem::colour(int index)
{
    static const QColor palette[] = {QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a),
                                     QColor(0x93, 0x33, 0xea), QColor(0xea, 0x58, 0x0c),
                                     QColor(0x08, 0x91, 0xb2), QColor(0xdb, 0x27, 0x77),
                                     QColor(0x65, 0xa3, 0x0d), QColor(0x4f, 0x46, 0xe5)};
    if (index < 0)
        return QColor(0x47, 0x55, 0x69);
    return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

void NetworkBarItem::setShowLabels(bool show)
{
    m_showLabels = show;
    update();
}

QRectF NetworkBarItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_bar.rect.size()).adjusted(-2, -2, 2, 2);
}

void NetworkBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_bar.rect.size());
    const QColor c = colour(m_bar.colour);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_hover ? QPen(c.darker(150), 2) : Qt::NoPen);
    painter->setBrush(c);
    painter->drawRoundedRect(r, 5, 5);

    // The name (and the CIDRs, when labels are on) run down the bar from its top, where it is seen first.
    QString text = m_bar.name;
    if (m_showLabels && !m_bar.cidrs.isEmpty())
        text += QStringLiteral("   ") + m_bar.cidrs.join(QStringLiteral("  "));
    if (m_bar.external)
        text = QCoreApplication::translate("sd::NetworkBarItem", "%1 (external)").arg(text);
    painter->save();
    painter->translate(r.center());
    painter->rotate(90);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QRectF textRect(-r.height() / 2 + 10, -r.width() / 2, r.height() - 20, r.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, int(textRect.width())));
    painter->restore();
}

void NetworkBarItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    update();
}

void NetworkBarItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    update();
}

} // namespace sd

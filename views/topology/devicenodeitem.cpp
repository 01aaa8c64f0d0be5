#include "devicenodeitem.h"

#include "topologyscene.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPainter>
#include <QPainterPath>

namespace sd {

namespace {
bool isRouter(const TopologyNode &node)
{
    return node.kind == TopologyNode::Kind::Router;
}

QString kindText(const TopologyNode &node)
{
    return isRouter(node) ? QCoreApplication::translate("sd::DeviceNodeItem", "Router")
                          : QCoreApplication::translate("sd::DeviceNodeItem", "Instance");
}
} // namespace

DeviceNodeItem::DeviceNodeItem(const TopologyNode &node, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_node(node)
{
    setPos(node.rect.topLeft());
    setZValue(2);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setData(TopologyScene::KindKey, isRouter(node) ? QStringLiteral("router") : QStringLiteral("instance"));
    setData(TopologyScene::IdKey, node.id);
    setToolTip(QCoreApplication::translate("sd::DeviceNodeItem", "%1 %2\nStatus: %3\nID: %4")
                   .arg(kindText(node), node.name, node.status, node.id));
}

void DeviceNodeItem::setShowLabels(bool show)
{
    m_showLabels = show;
    update();
}

QRectF DeviceNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_node.rect.size()).adjusted(-2, -2, 2, 2);
}

void DeviceNodeItem::paintSymbol(QPainter *painter, const QRectF &box) const
{
    painter->save();
    if (isRouter(m_node)) {
        // A router: a disc with arrows in and out, the usual network-diagram symbol.
        painter->setBrush(QColor(0xd9, 0x77, 0x06));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(box);
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = box.center();
        const double r = box.width() * 0.28;
        painter->drawLine(c + QPointF(-r, -r * 0.45), c + QPointF(r, -r * 0.45));
        painter->drawLine(c + QPointF(r * 0.45, -r * 0.9), c + QPointF(r, -r * 0.45));
        painter->drawLine(c + QPointF(r, r * 0.45), c + QPointF(-r, r * 0.45));
        painter->drawLine(c + QPointF(-r * 0.45, r * 0.9), c + QPointF(-r, r * 0.45));
    } else {
        // An instance: a small screen.
        const bool active = m_node.status == QLatin1String("ACTIVE");
        painter->setBrush(active ? QColor(0x16, 0xa3, 0x4a) : QColor(0x94, 0xa3, 0xb8));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(box.adjusted(0, 2, 0, -6), 3, 3);
        painter->drawRect(QRectF(box.center().x() - 3, box.bottom() - 6, 6, 4));
        painter->drawRect(QRectF(box.center().x() - 8, box.bottom() - 2, 16, 2));
    }
    painter->restore();
}

void DeviceNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_node.rect.size());
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor border = isRouter(m_node) ? QColor(0xd9, 0x77, 0x06) : QColor(0x64, 0x74, 0x8b);
    painter->setPen(QPen(m_hover ? border.darker(140) : border, m_hover ? 2.5 : 1.5));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(r.adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);

    const double s = r.height() - 18;
    paintSymbol(painter, QRectF(9, (r.height() - s) / 2, s, s));
    // Without labels the name stays (a box without one says nothing); the kind and status go.
    const QRectF text = r.adjusted(s + 16, 5, -6, -5);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x0f, 0x17, 0x2a));
    const QRectF nameRect =
        m_showLabels ? QRectF(text.left(), text.top(), text.width(), text.height() / 2) : text;
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_node.name, Qt::ElideRight, int(nameRect.width())));
    if (!m_showLabels)
        return;
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x64, 0x74, 0x8b));
    const QRectF statusRect(text.left(), text.center().y(), text.width(), text.height() / 2);
    painter->drawText(
        statusRect, Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("sd::DeviceNodeItem", "%1 · %2").arg(kindText(m_node), m_node.status));
}

void DeviceNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    update();
}

void DeviceNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    update();
}

} // namespace sd

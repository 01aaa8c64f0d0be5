#include "topologyview.h"

#include "topologyscene.h"

#include <QGraphicsItem>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 4.0;
constexpr double kStep = 1.25;
} // namespace

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("TopologyView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Only what changed is repainted; the topology has long lines, so whole-viewport updates are cheaper
    // than many small rectangles when an item changes.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
}

void TopologyView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void TopologyView::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void TopologyView::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void TopologyView::zoomToFit()
{
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    const QRectF rect = scene()->sceneRect();
    const QSize area = viewport()->size();
    const double fit = std::min(area.width() / rect.width(), area.height() / rect.height());
    setZoom(std::min(1.0, fit * 0.98));
    centerOn(rect.center());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms, as in every map and diagram; the plain wheel scrolls.
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(kStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 4)
        return;
    for (QGraphicsItem *item : items(pos)) {
        const QString kind = item->data(TopologyScene::KindKey).toString();
        if (!kind.isEmpty()) {
            emit itemClicked(kind, item->data(TopologyScene::IdKey).toString(), viewport()->mapToGlobal(pos));
            return;
        }
    }
}

} // namespace sd

#pragma once

#include <QGraphicsView>

namespace sd {

// The topology's canvas: drag to pan, Ctrl+wheel (or the panel's buttons) to zoom, a click on a
// network, router or instance reports what was clicked. A drag that moves the view is not a click.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Shows the whole scene (never larger than 100%).
    void zoomToFit();

Q_SIGNALS:
    // kind: "network", "router" or "instance"; globalPos: where to show a popup.
    void itemClicked(const QString &kind, const QString &id, const QPoint &globalPos);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double m_zoom = 1.0;
    QPoint m_pressPos;
};

} // namespace sd

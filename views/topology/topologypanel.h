#pragma once

#include "core/requestcontext.h"

#include "panels/panel.h"

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;

namespace sd {

class Engine;
class TopologyActions;
class TopologyModel;
class TopologyScene;
class TopologyView;

// Project › Network › Network Topology: the project's networks as coloured bars with their CIDRs, its
// routers and instances plugged into them, zoom (buttons, Ctrl+wheel), pan (drag), labels on or off,
// and a click for details and actions. Redrawn from the engine's notifications, a burst of them at once.
class TopologyPanel : public Panel
{
    Q_OBJECT

public:
    TopologyPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    TopologyModel *model() const { return m_model; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    TopologyActions *actions() const { return m_actions; }
    QAction *labelsAction() const { return m_labels; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    bool showsEmptyState() const;
    // Lays the picture out now instead of at the next turn of the event loop (tests).
    void relayout();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRelayout();
    void showDetails(const QString &kind, const QString &id, const QPoint &globalPos);

    TopologyModel *m_model;
    TopologyScene *m_scene;
    TopologyView *m_view;
    TopologyActions *m_actions;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_zoomLabel;
    QTimer *m_relayout;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_actualSize;
    QAction *m_labels;
    bool m_fitted = false;
};

} // namespace sd

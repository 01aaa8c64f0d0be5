#include "topologypanel.h"

#include "topologyactions.h"
#include "topologydetailspopup.h"
#include "topologylayout.h"
#include "topologymodel.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {

TopologyPanel::TopologyPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Project › Network"), tr("Network Topology"), parent),
      m_model(new TopologyModel(engine, ctx, this)), m_scene(new TopologyScene(this)),
      m_view(new TopologyView(this)), m_actions(new TopologyActions(engine, ctx, m_model, this)),
      m_pages(new QStackedWidget(this)), m_empty(new QLabel(this)), m_zoomLabel(new QLabel(this)),
      m_relayout(new QTimer(this)), m_zoomIn(new QAction(tr("Zoom In"), this)),
      m_zoomOut(new QAction(tr("Zoom Out"), this)), m_fit(new QAction(tr("Fit to Window"), this)),
      m_actualSize(new QAction(tr("Actual Size"), this)), m_labels(new QAction(tr("Labels"), this))
{
    setObjectName(QStringLiteral("TopologyPanel"));
    m_view->setScene(m_scene);
    m_zoomIn->setObjectName(QStringLiteral("topologyZoomInAction"));
    m_zoomOut->setObjectName(QStringLiteral("topologyZoomOutAction"));
    m_fit->setObjectName(QStringLiteral("topologyFitAction"));
    m_labels->setObjectName(QStringLiteral("topologyLabelsAction"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel up)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel down)"));
    m_fit->setToolTip(tr("Show the whole topology"));
    m_actualSize->setToolTip(tr("Show the topology at its real size"));
    m_labels->setCheckable(true);
    m_labels->setChecked(true);
    m_labels->setToolTip(
        tr("Show or hide the CIDRs, the ports' addresses and the routers' and instances' status"));

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("TopologyToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomIn);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_actualSize);
    bar->addAction(m_fit);
    bar->addSeparator();
    bar->addAction(m_labels);
    auto *hint =
        new QLabel(tr("Drag to pan · click a network, router or instance for details and actions"), this);
    hint->setObjectName(QStringLiteral("HintLabel"));
    bar->addSeparator();
    bar->addWidget(hint);

    m_empty->setObjectName(QStringLiteral("HintLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("There are no networks, routers, or connected instances to display."));
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);
    body()->addWidget(bar);
    body()->addWidget(m_pages, 1);

    // Notifications come in bursts (a router interface: a port, a router, a subnet); draw once per burst.
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, this, &TopologyPanel::relayout);
    connect(m_model, &TopologyModel::changed, this, &TopologyPanel::scheduleRelayout);
    connect(m_zoomIn, &QAction::triggered, m_view, &TopologyView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &TopologyView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &TopologyView::zoomToFit);
    connect(m_actualSize, &QAction::triggered, m_view, [this] { m_view->setZoom(1.0); });
    connect(m_labels, &QAction::toggled, m_scene, &TopologyScene::setShowLabels);
    connect(m_view, &TopologyView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_view, &TopologyView::itemClicked, this, &TopologyPanel::showDetails);
    connect(m_actions, &TopologyActions::notify, this, &Panel::notify);
    m_zoomLabel->setText(tr("%1%").arg(100));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    relayout();
}

void TopologyPanel::scheduleRelayout()
{
    m_relayout->start();
}

void TopologyPanel::relayout()
{
    m_relayout->stop();
    const TopologySnapshot &snapshot = m_model->snapshot();
    m_scene->setGeometry(TopologyLayout::compute(snapshot));
    m_pages->setCurrentWidget(snapshot.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
}

bool TopologyPanel::showsEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void TopologyPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    // Shrunk to fit when it stays readable; otherwise at its real size, scrolled to the external networks
    // on the left (a 50-network cloud fitted into a window is a picture of stripes, not a map).
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, [this] {
            const QRectF rect = m_scene->sceneRect();
            const QSize area = m_view->viewport()->size();
            if (rect.isEmpty() || (rect.width() <= area.width() && rect.height() <= area.height()))
                return;
            if (std::min(area.width() / rect.width(), area.height() / rect.height()) >= 0.75)
                m_view->zoomToFit();
        });
    }
}

void TopologyPanel::showDetails(const QString &kind, const QString &id, const QPoint &globalPos)
{
    if (TopologyDetailsPopup *popup = m_actions->detailsFor(kind, id))
        popup->popup(globalPos);
}

} // namespace sd

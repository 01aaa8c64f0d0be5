#include "usagedonut.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

namespace sd {

namespace {
const QColor kUsedColor(0x25, 0x63, 0xeb);
const QColor kHighColor(0xdc, 0x26, 0x26); // over 90 %: the administrator should look
const QColor kFreeColor(0xe2, 0xe8, 0xf0);
constexpr int kRingSize = 112;
} // namespace

UsageDonut::UsageDonut(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_view(new QChartView(this)),
      m_series(new QPieSeries), m_percent(new QLabel(m_view)), m_caption(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("DonutTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_caption->setObjectName(QStringLiteral("DonutCaption"));
    m_caption->setAlignment(Qt::AlignCenter);

    m_series->setHoleSize(0.62);
    m_series->setPieSize(0.95);
    m_series->append(QString(), 0)->setBrush(kUsedColor);
    m_series->append(QString(), 1)->setBrush(kFreeColor);
    for (QPieSlice *slice : m_series->slices())
        slice->setBorderColor(Qt::transparent);

    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFixedSize(kRingSize, kRingSize);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    m_view->setFrameShape(QFrame::NoFrame);

    QFont percentFont = m_percent->font();
    percentFont.setPointSizeF(percentFont.pointSizeF() * 1.35);
    percentFont.setBold(true);
    m_percent->setFont(percentFont);
    m_percent->setAlignment(Qt::AlignCenter);
    m_percent->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 0, Qt::AlignHCenter);
    layout->addWidget(m_caption);
    setUsage(0, 0, QStringLiteral("0"), QStringLiteral("0"));
}

void UsageDonut::setUsage(double used, double total, const QString &usedText, const QString &totalText)
{
    m_used = used;
    m_total = total;
    const double share = total > 0 ? qBound(0.0, used / total, 1.0) : 0.0;
    // An empty ring still needs a non-zero free slice, or QtCharts draws nothing at all.
    m_series->slices().at(0)->setValue(share);
    m_series->slices().at(1)->setValue(total > 0 ? 1.0 - share : 1.0);
    m_series->slices().at(0)->setBrush(share > 0.9 ? kHighColor : kUsedColor);
    m_percent->setText(total > 0 ? QStringLiteral("%1%").arg(qRound(share * 100)) : QStringLiteral("–"));
    m_caption->setText(tr("Used %1 of %2").arg(usedText, totalText));
    placePercent();
}

QString UsageDonut::caption() const
{
    return m_caption->text();
}

void UsageDonut::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placePercent();
}

void UsageDonut::placePercent()
{
    m_percent->adjustSize();
    m_percent->move((m_view->width() - m_percent->width()) / 2, (m_view->height() - m_percent->height()) / 2);
}

} // namespace sd

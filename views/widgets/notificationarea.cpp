#include "notificationarea.h"

#include "notificationbanner.h"

#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr int kMargin = 16;
constexpr int kMaxWidth = 620;
} // namespace

NotificationArea::NotificationArea(QWidget *host) : QWidget(host), m_host(host)
{
    setObjectName(QStringLiteral("NotificationArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    host->installEventFilter(this);
    QWidget::hide();
}

NotificationBanner *NotificationArea::show(const QString &message, const QString &details)
{
    // A burst (every host going down at once) should not bury the window: the oldest go first.
    QList<NotificationBanner *> current = banners();
    while (current.size() >= kMaxBanners)
        current.takeFirst()->dismiss();

    auto *banner = new NotificationBanner(message, details, this);
    layout()->addWidget(banner);
    banner->show(); // at once: the layout would only show it from the event loop
    connect(banner, &NotificationBanner::closed, this, [this] {
        // Deferred: the banner is still in the layout while it emits.
        QTimer::singleShot(0, this, &NotificationArea::relayout);
    });
    connect(banner, &NotificationBanner::sizeChanged, this, &NotificationArea::relayout);
    relayout();
    return banner;
}

QList<NotificationBanner *> NotificationArea::banners() const
{
    QList<NotificationBanner *> list;
    for (NotificationBanner *b : findChildren<NotificationBanner *>(QString(), Qt::FindDirectChildrenOnly))
        if (!b->isHidden())
            list.append(b);
    return list;
}

bool NotificationArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void NotificationArea::relayout()
{
    if (banners().isEmpty()) {
        QWidget::hide();
        return;
    }
    const int width = qMin(kMaxWidth, m_host->width() - 2 * kMargin);
    layout()->activate();
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry((m_host->width() - width) / 2, m_host->height() - height - kMargin, width, height);
    QWidget::show();
    raise();
}

} // namespace sd

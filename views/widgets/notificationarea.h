#pragma once

#include <QWidget>

namespace sd {

class NotificationBanner;

// Stacks notification banners over the bottom of the central area, newest at the bottom, without
// covering more than it must and without taking focus.
class NotificationArea : public QWidget
{
    Q_OBJECT

public:
    // The area floats over host; it follows host's size.
    explicit NotificationArea(QWidget *host);

    NotificationBanner *show(const QString &message, const QString &details);
    QList<NotificationBanner *> banners() const;

    static constexpr int kMaxBanners = 4;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();

    QWidget *m_host;
};

} // namespace sd

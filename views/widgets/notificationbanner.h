#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace sd {

// One non-blocking notification: the engine's message, its details on demand, a close button, and
// gone by itself after a while unless the user is reading the details.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    NotificationBanner(const QString &message, const QString &details, QWidget *parent = nullptr);

    static constexpr int kAutoHideMs = 10000;

    QString message() const;
    bool detailsVisible() const;

Q_SIGNALS:
    void closed();
    void sizeChanged(); // details shown or hidden

public Q_SLOTS:
    void dismiss();

private:
    void toggleDetails();

    QLabel *m_message;
    QLabel *m_details;
    QToolButton *m_toggle;
    QTimer *m_timer;
};

} // namespace sd

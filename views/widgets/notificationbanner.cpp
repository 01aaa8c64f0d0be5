#include "notificationbanner.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

NotificationBanner::NotificationBanner(const QString &message, const QString &details, QWidget *parent)
    : QFrame(parent), m_message(new QLabel(message, this)), m_details(new QLabel(details, this)),
      m_toggle(new QToolButton(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("NotificationBanner"));
    setAttribute(Qt::WA_StyledBackground);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::get(QStringLiteral("notify-warning")).pixmap(20, 20));
    icon->setAlignment(Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);

    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setVisible(!details.isEmpty());
    connect(m_toggle, &QToolButton::toggled, this, &NotificationBanner::toggleDetails);

    auto *close = new QToolButton(this);
    close->setIcon(Icons::get(QStringLiteral("close")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &NotificationBanner::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_message);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_toggle, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NotificationBanner::dismiss);
    m_timer->start(kAutoHideMs);
}

QString NotificationBanner::message() const
{
    return m_message->text();
}

bool NotificationBanner::detailsVisible() const
{
    return m_details->isVisible();
}

void NotificationBanner::toggleDetails()
{
    const bool show = m_toggle->isChecked();
    m_details->setVisible(show);
    // Whoever opened the details is reading them: do not pull the text away.
    if (show)
        m_timer->stop();
    else
        m_timer->start(kAutoHideMs);
    emit sizeChanged();
}

void NotificationBanner::dismiss()
{
    hide();
    emit closed();
    deleteLater();
}

} // namespace sd

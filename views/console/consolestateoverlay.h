#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sd {

class GraphicsSession;

// The card over a console's screen while it is not live: what happened in the session's own words
// ("Connection lost: ...", "VNC authentication failed: ...") and a Connect / Reconnect button where
// trying again makes sense. Hidden while the screen is live.
class ConsoleStateOverlay : public QFrame
{
    Q_OBJECT

public:
    explicit ConsoleStateOverlay(QWidget *parent = nullptr);

    // Says what `session` is doing (nullptr: no session); hides itself when the screen is live.
    void describe(const GraphicsSession *session);
    // Title and message as shown, one a line; empty when hidden.
    QString text() const;
    // Centred in `area`, wide enough for a sentence a line, narrower when `area` is.
    void placeIn(const QRect &area);

Q_SIGNALS:
    void reconnectRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_button;
};

} // namespace sd

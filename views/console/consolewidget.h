#pragma once

#include "console/graphicssession.h"

#include <QHash>
#include <QKeySequence>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace sd {

class ConsoleStateOverlay;

// Shows one graphical console and forwards the user's keyboard and pointer to it. It paints the
// session's frame (only the part that changed), scaled to fit with the aspect kept or at 1:1 (put it in
// a resizable QScrollArea for that), shows the guest's cursor shape, and says over the screen what
// happened whenever the session is not connected, with a Reconnect button. Clicking it grabs the
// keyboard, so the window system's own combinations reach the guest where it allows; Ctrl+Alt gives the
// keyboard back. No key stays pressed in the guest when the widget loses the focus.
// The session is not owned: whoever opened it (a ConsoleWindow) keeps it alive, or deletes it, which
// the widget survives.
class ConsoleWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Scaling
    {
        Fit,
        ActualSize
    };
    Q_ENUM(Scaling)

    explicit ConsoleWidget(QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    void setSession(GraphicsSession *session);
    GraphicsSession *session() const { return m_session; }

    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }

    // Where the frame is drawn, in widget coordinates; empty while there is no frame.
    QRect imageRect() const;
    // The frame pixel under a widget position, clamped to the frame.
    QPoint toFrame(QPoint widgetPos) const;

    bool isKeyboardGrabbed() const { return m_grabbed; }
    void grabInput();
    void releaseInput();
    // Keys that stay the window's shortcuts while the keyboard is grabbed (F11 for full screen).
    void setReservedKeys(const QList<QKeySequence> &keys) { m_reservedKeys = keys; }

    // A short note over the top of the screen for a few seconds ("Press Ctrl+Alt to release...").
    void showHint(const QString &text);
    // What the widget says over the screen, as shown; empty when nothing is shown (for tests and the
    // window's status line).
    QString hintText() const;
    QString overlayText() const;

    QSize sizeHint() const override;

    static constexpr int kHintMs = 3000;

Q_SIGNALS:
    void keyboardGrabChanged(bool grabbed);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    bool isConnected() const;
    QSize actualSize() const;
    void onFrameResized();
    void onFrameUpdated(const QRect &dirty);
    void onCursorChanged(const QImage &shape, const QPoint &hotspot);
    void applyCursor();
    void updateOverlay();
    void placeOverlays();
    void sendMouse(QMouseEvent *event, bool clampOutside);
    void releaseAllKeys();
    bool isReserved(const QKeyEvent *event) const;

    QPointer<GraphicsSession> m_session;
    Scaling m_scaling = Scaling::Fit;

    // The keys the guest holds down, by physical key, with the stroke their press sent: the release
    // sends the same keysym even when a modifier changed in between (Shift let go before the 'A').
    QHash<quint32, KeyStroke> m_pressed;
    bool m_grabbed = false;
    bool m_releaseArmed = false; // Ctrl and Alt held, nothing else pressed since
    QList<QKeySequence> m_reservedKeys;
    int m_wheelRemainder = 0;

    QImage m_cursorShape;
    QPoint m_cursorHotspot;
    bool m_remoteCursor = false;

    ConsoleStateOverlay *m_overlay;
    QLabel *m_hint;
    QTimer m_hintTimer;
};

} // namespace sd

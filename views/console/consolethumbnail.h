#pragma once

#include <QPointer>
#include <QWidget>

namespace sd {

class GraphicsSession;

// One screen on the classroom wall: the session's frame scaled into a small picture, the instance's
// name and its state under it; a screen that is not live says why. It takes no input: a click (or
// Enter with the focus on it) asks for the full console. The session is not owned.
class ConsoleThumbnail : public QWidget
{
    Q_OBJECT

public:
    ConsoleThumbnail(GraphicsSession *session, const QString &title, QWidget *parent = nullptr);

    GraphicsSession *session() const { return m_session; }
    QString instanceId() const { return m_instanceId; }
    QString title() const { return m_title; }
    // The line under the name: "VNC · 1024×768", "Connecting…", "Failed: <why>".
    QString statusText() const;
    // Where the screen is drawn (the frame fitted into screenArea()).
    QRect screenArea() const;
    QRect imageRect() const;

    QSize sizeHint() const override;
    static constexpr QSize kScreenSize{224, 168};
    static constexpr int kMargin = 6;
    static constexpr int cellWidth() { return kScreenSize.width() + 2 * kMargin; }

Q_SIGNALS:
    void clicked(const QString &instanceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void onFrameUpdated(const QRect &dirty);
    void onStateChanged();
    // The sentence drawn over the screen when it is not live; empty when the frame is shown as is.
    QString screenNote() const;
    int textLineHeight() const;

    QPointer<GraphicsSession> m_session;
    QString m_instanceId;
    QString m_title;
    bool m_hover = false;
    bool m_pressed = false;
};

} // namespace sd

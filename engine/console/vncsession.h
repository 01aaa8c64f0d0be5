#pragma once

#include "graphicssession.h"

class QThread;

namespace sd {

class VncConnection;

// A VNC console on libvncclient. The protocol runs on a thread of the session's own (VncConnection);
// frames arrive here as patches and input leaves as queued calls, so nothing here ever blocks.
// Keys go as QEMU's extended key events (keysym and scancode: the guest's own keyboard layout applies)
// when the server offers them, else as plain keysyms.
class VncSession : public GraphicsSession
{
    Q_OBJECT

public:
    explicit VncSession(ConsoleEndpoint endpoint, QObject *parent = nullptr);
    ~VncSession() override;

    QString protocol() const override { return QStringLiteral("VNC"); }

    void sendKey(const sd::KeyStroke &key, bool down) override;
    void sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps = 0) override;
    // VNC has no clipboard the guest's desktop reads without an agent: the text is typed as keystrokes
    // (US layout positions for the scancodes, with Shift where needed).
    QString sendText(const QString &text) override;
    void setMaxFrameRate(int framesPerSecond) override;

protected:
    void connectNow() override;
    void disconnectNow() override;

private:
    void stopConnection();

    QThread *m_thread = nullptr;
    VncConnection *m_connection = nullptr;
    int m_attempt = 0; // answers to an fd request of an earlier attempt are dropped
};

} // namespace sd

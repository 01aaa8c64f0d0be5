#pragma once

#include "graphicssession.h"

#include <memory>

namespace sd {

// A SPICE console on spice-client-glib. Its GLib sources run in the owner thread's event loop (Qt's
// dispatcher there is GLib's), so nothing here has a thread or a loop of its own. Every channel gets
// its own socket from the endpoint (virDomainOpenGraphicsFD: no TCP port); the session uses the main,
// display 0, cursor 0 and inputs 0 channels. Keys go as scancodes, the pointer as absolute positions
// (client mouse mode: the domain's tablet or the agent) or as relative motion when the server insists,
// and text goes to the guest's clipboard through its spice-vdagent.
class SpiceSession : public GraphicsSession
{
    Q_OBJECT

public:
    explicit SpiceSession(ConsoleEndpoint endpoint, QObject *parent = nullptr);
    ~SpiceSession() override;

    QString protocol() const override { return QStringLiteral("SPICE"); }

    void sendKey(const sd::KeyStroke &key, bool down) override;
    void sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps = 0) override;
    QString sendText(const QString &text) override;
    void setMaxFrameRate(int framesPerSecond) override;

    // The GLib side (spicesessionprivate.h): the session, its channels, the primary surface. Named here
    // so spice's C callbacks can reach it; only SpiceSession's own files see inside.
    struct Private;

protected:
    void connectNow() override;
    void disconnectNow() override;

private:
    std::unique_ptr<Private> d;
};

} // namespace sd

#pragma once

#include "framepatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRegion>
#include <QSize>
#include <QString>

class QSocketNotifier;
class QTimer;
typedef struct _rfbClient rfbClient;

namespace sd {

// One libvncclient connection, living on the VNC session's own thread: the library reads a whole server
// message at a time and blocks while it arrives, which must never happen on the GUI thread. It is handed
// a connected socket (from virDomainOpenGraphicsFD), so no TCP port is ever used; with libvncclient
// 0.9.14 that is `client->sock` plus `listenSpecified`, which makes rfbInitClient skip its own connect.
class VncConnection : public QObject
{
    Q_OBJECT

public:
    VncConnection();
    ~VncConnection() override;

public Q_SLOTS:
    // Takes ownership of fd. Emits connected() or failed()/lost().
    void start(int fd, const QString &password, int maxFrameRate);
    void stop();
    void setMaxFrameRate(int framesPerSecond);
    // keysym and XT scancode (0x100 added for the 0xe0 prefix; 0: none).
    void key(quint32 keysym, quint32 scancode, bool down);
    void pointer(int x, int y, int buttonMask);

Q_SIGNALS:
    void connected(const QString &serverName);
    void resized(const QSize &size);
    void updated(const sd::FramePatches &patches, bool complete);
    void cursorShape(const QImage &shape, const QPoint &hotspot);
    void clipboard(const QString &text);
    void bell();
    // The connection dropped or never came up; worth a retry.
    void lost(const QString &message);
    // Retrying will not help (the server refused the password).
    void failed(const QString &message);

private:
    friend struct VncCallbacks; // libvncclient's C callbacks, in vncconnection.cpp

    static VncConnection *ofClient(rfbClient *client);
    void readable();
    // At the end of a server update: hand the changes over now, or when the frame rate limit allows.
    void flushIfDue();
    void flush();
    void teardown();
    QString libraryMessage(const QString &fallback) const;

    rfbClient *m_client = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pace = nullptr;
    QImage m_image; // the framebuffer libvncclient writes into
    QRegion m_dirty;
    QRegion m_covered; // what the server has painted since the last resize
    bool m_completeSent = false;
    QString m_password;
    int m_maxFrameRate = 0;
    QElapsedTimer m_sinceFlush;
};

} // namespace sd

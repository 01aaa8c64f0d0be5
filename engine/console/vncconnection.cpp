#include "vncconnection.h"

#include "core/logging.h"

#include <QSocketNotifier>
#include <QTimer>

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdio>
#include <unistd.h>

namespace sd {

namespace {

// How many rectangles one flush hands over before it hands over their bounding box instead.
constexpr int kMaxPatches = 16;

// rfbClientSetClientData's tag: any unique address.
char kConnectionTag;

// libvncclient reports through two global printf-like hooks. Each session runs on a thread of its own, so
// the last message of this thread is this connection's: it becomes part of what the user reads.
thread_local QString t_lastMessage;

void logMessage(const char *format, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    const QString line = QString::fromLocal8Bit(buffer).trimmed();
    if (line.isEmpty())
        return;
    t_lastMessage = line;
    qCDebug(lcEngine) << "libvncclient:" << line;
}

// The server's RFB scancode for QEMU's extended key event: one byte, the 0xe0 prefix as its high bit.
quint32 rfbScancode(quint32 scancode)
{
    return scancode >= 0x100 ? 0x80 | (scancode & 0x7f) : scancode;
}

// libvncclient 0.9.14 offers the server ExtendedDesktopSize, but misreads QEMU's answer to it: the first
// guest mode switch desynchronises the stream ("Rect too large", LibVNC/libvncserver#640). This sends the
// encodings again without it, so QEMU (which takes the last SetEncodings) uses the plain DesktopSize,
// which libvncclient handles. Raw first: on a local socket it costs nothing to decode.
bool offerEncodingsWithoutExtDesktopSize(rfbClient *client)
{
    const quint32 encodings[] = {
        rfbEncodingRaw, rfbEncodingCopyRect, rfbEncodingZRLE, rfbEncodingTight, rfbEncodingHextile,
        rfbEncodingZlib, rfbEncodingCompressLevel0 + 1, rfbEncodingQualityLevel0 + 9,
        rfbEncodingXCursor, rfbEncodingRichCursor, rfbEncodingPointerPos, rfbEncodingKeyboardLedState,
        rfbEncodingNewFBSize, rfbEncodingLastRect, rfbEncodingSupportedMessages, rfbEncodingSupportedEncodings,
        rfbEncodingServerIdentity, rfbEncodingQemuExtendedKeyEvent,
    };
    constexpr quint16 count = sizeof encodings / sizeof encodings[0];
    QByteArray message(sz_rfbSetEncodingsMsg + count * 4, '\0');
    message[0] = char(rfbSetEncodings);
    message[2] = char(count >> 8);
    message[3] = char(count & 0xff);
    for (int i = 0; i < count; ++i)
        for (int b = 0; b < 4; ++b)
            message[sz_rfbSetEncodingsMsg + i * 4 + b] = char((encodings[i] >> (24 - 8 * b)) & 0xff);
    return WriteToRFBServer(client, message.constData(), unsigned(message.size()));
}

} // namespace

// libvncclient's C callbacks: each finds its connection in the client's data and hands over.
struct VncCallbacks
{
    static rfbBool mallocFrameBuffer(rfbClient *client)
    {
        VncConnection *self = VncConnection::ofClient(client);
        const QSize size(client->width, client->height);
        // Format_RGB32 is 0xffRRGGBB in memory order B, G, R, X: the pixel format start() asked for.
        self->m_image = QImage(size, QImage::Format_RGB32);
        if (self->m_image.isNull())
            return FALSE;
        self->m_image.fill(Qt::black);
        client->frameBuffer = self->m_image.bits();
        self->m_dirty = QRegion();
        self->m_covered = QRegion();
        self->m_completeSent = false;
        emit self->resized(size);
        return TRUE;
    }

    static void gotUpdate(rfbClient *client, int x, int y, int w, int h)
    {
        VncConnection *self = VncConnection::ofClient(client);
        self->m_dirty += QRect(x, y, w, h);
    }

    static void finishedUpdate(rfbClient *client) { VncConnection::ofClient(client)->flushIfDue(); }

    static void gotCursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
    {
        if (!client->rcSource || width <= 0 || height <= 0 || bytesPerPixel != 4)
            return;
        QImage shape(width, height, QImage::Format_ARGB32);
        const auto *pixels = reinterpret_cast<const quint32 *>(client->rcSource);
        const auto *mask = reinterpret_cast<const quint8 *>(client->rcMask);
        for (int row = 0; row < height; ++row) {
            auto *out = reinterpret_cast<quint32 *>(shape.scanLine(row));
            for (int col = 0; col < width; ++col) {
                const int i = row * width + col;
                const bool opaque = !mask || mask[i];
                out[col] = opaque ? (0xff000000u | (pixels[i] & 0x00ffffffu)) : 0u;
            }
        }
        emit VncConnection::ofClient(client)->cursorShape(shape, QPoint(xhot, yhot));
    }

    static void gotCutText(rfbClient *client, const char *text, int length)
    {
        // RFB's cut text is Latin-1.
        emit VncConnection::ofClient(client)->clipboard(QString::fromLatin1(text, length));
    }

    static void ringBell(rfbClient *client) { emit VncConnection::ofClient(client)->bell(); }

    static char *password(rfbClient *client)
    {
        // libvncclient frees what this returns.
        return strdup(VncConnection::ofClient(client)->m_password.toUtf8().constData());
    }
};

VncConnection::VncConnection()
{
    rfbClientLog = logMessage;
    rfbClientErr = logMessage;
    m_pace = new QTimer(this);
    m_pace->setSingleShot(true);
    connect(m_pace, &QTimer::timeout, this, [this] {
        flush();
        if (m_notifier)
            m_notifier->setEnabled(true);
        readable();
    });
}

VncConnection::~VncConnection()
{
    teardown();
}

VncConnection *VncConnection::ofClient(rfbClient *client)
{
    return static_cast<VncConnection *>(rfbClientGetClientData(client, &kConnectionTag));
}

void VncConnection::start(int fd, const QString &password, int maxFrameRate)
{
    teardown();
    m_password = password;
    m_maxFrameRate = maxFrameRate;
    t_lastMessage.clear();

    rfbClient *client = rfbGetClient(8, 3, 4);
    if (!client) {
        ::close(fd);
        emit lost(tr("VNC: out of memory"));
        return;
    }
    // 32 bits a pixel in QImage::Format_RGB32's order, so frames need no conversion.
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->format.redMax = client->format.greenMax = client->format.blueMax = 255;
    client->MallocFrameBuffer = VncCallbacks::mallocFrameBuffer;
    client->GotFrameBufferUpdate = VncCallbacks::gotUpdate;
    client->FinishedFrameBufferUpdate = VncCallbacks::finishedUpdate;
    client->GotCursorShape = VncCallbacks::gotCursorShape;
    client->GotXCutText = VncCallbacks::gotCutText;
    client->Bell = VncCallbacks::ringBell;
    client->GetPassword = VncCallbacks::password;
    client->canHandleNewFBSize = TRUE;
    client->appData.useRemoteCursor = TRUE;
    // libvncclient's own encoding list (no encodingsString): it prefers raw on a local socket, which
    // costs no CPU to decode, and only that list asks for the server's desktop-size changes (with an
    // encodingsString, QEMU never learns the viewer can resize and sends rectangles beyond the frame).
    client->appData.compressLevel = 1;
    client->appData.qualityLevel = 9;
    client->programName = strdup("stackdesk");
    client->serverHost = strdup("");
    // The socket is already connected: libvncclient takes it as an accepted "listen" connection.
    client->sock = fd;
    client->listenSpecified = TRUE;
    rfbClientSetClientData(client, &kConnectionTag, this);

    if (!rfbInitClient(client, nullptr, nullptr)) {
        // rfbInitClient has freed the client and closed the socket.
        const QString why = libraryMessage(tr("the server closed the connection"));
        m_image = QImage();
        if (why.contains(QLatin1String("auth"), Qt::CaseInsensitive))
            emit failed(tr("VNC: the password was refused (%1)").arg(why));
        else
            emit lost(tr("VNC: %1").arg(why));
        return;
    }
    if (!offerEncodingsWithoutExtDesktopSize(client)) {
        const QString why = libraryMessage(tr("the connection was closed"));
        rfbClientCleanup(client);
        m_image = QImage();
        emit lost(tr("VNC: %1").arg(why));
        return;
    }
    m_client = client;
    m_sinceFlush.start();
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &VncConnection::readable);
    emit connected(QString::fromUtf8(client->desktopName ? client->desktopName : ""));
    // The handshake may have read the start of the first update into libvncclient's buffer: the socket
    // will not say readable for those bytes.
    if (m_client->buffered > 0)
        QMetaObject::invokeMethod(this, &VncConnection::readable, Qt::QueuedConnection);
    // The handshake may have read the start of the first update into libvncclient's buffer: the socket
    // will not say readable for those bytes.
    if (m_client->buffered > 0)
        QMetaObject::invokeMethod(this, &VncConnection::readable, Qt::QueuedConnection);
}

void VncConnection::stop()
{
    teardown();
}

void VncConnection::teardown()
{
    m_pace->stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_client) {
        // Closes the socket; the framebuffer is ours (m_image) and stays untouched by it.
        rfbClientCleanup(m_client);
        m_client = nullptr;
    }
    m_image = QImage();
    m_dirty = QRegion();
}

void VncConnection::setMaxFrameRate(int framesPerSecond)
{
    m_maxFrameRate = qMax(0, framesPerSecond);
}

void VncConnection::readable()
{
    if (!m_client || m_pace->isActive())
        return;
    // One message at a time, and again while libvncclient still holds buffered bytes of the next one
    // (the socket will not say readable for those).
    do {
        if (!HandleRFBServerMessage(m_client)) {
            const QString why = libraryMessage(tr("the connection was closed"));
            teardown();
            emit lost(tr("VNC: %1").arg(why));
            return;
        }
    } while (m_client && m_client->buffered > 0 && !m_pace->isActive());
}

void VncConnection::flushIfDue()
{
    if (m_maxFrameRate <= 0) {
        flush();
        return;
    }
    const qint64 interval = 1000 / m_maxFrameRate;
    const qint64 waited = m_sinceFlush.elapsed();
    if (waited >= interval) {
        flush();
        return;
    }
    // Too soon: keep the changes, stop reading until the interval is over (the server then holds its
    // updates back, so a thumbnail costs the guest and us almost nothing).
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_pace->start(int(interval - waited));
}

void VncConnection::flush()
{
    if (m_dirty.isEmpty() || m_image.isNull())
        return;
    FramePatches patches;
    // A scrolling text screen changes in hundreds of small rectangles a frame: past a handful, one copy
    // of their bounding box costs less than copying, painting and signalling each.
    const QRegion region = m_dirty.rectCount() > kMaxPatches ? QRegion(m_dirty.boundingRect()) : m_dirty;
    for (const QRect &r : region) {
        const QRect clipped = r.intersected(m_image.rect());
        if (!clipped.isEmpty())
            patches.append(FramePatch{clipped.topLeft(), m_image.copy(clipped)});
    }
    m_covered += m_dirty;
    m_dirty = QRegion();
    m_sinceFlush.restart();
    bool complete = false;
    if (!m_completeSent) {
        complete = (QRegion(m_image.rect()) - m_covered).isEmpty();
        m_completeSent = complete;
    }
    emit updated(patches, complete);
}

void VncConnection::key(quint32 keysym, quint32 scancode, bool down)
{
    if (!m_client)
        return;
    if (scancode && SendExtendedKeyEvent(m_client, keysym, rfbScancode(scancode), down ? TRUE : FALSE))
        return;
    if (keysym)
        SendKeyEvent(m_client, keysym, down ? TRUE : FALSE);
}

void VncConnection::pointer(int x, int y, int buttonMask)
{
    if (m_client)
        SendPointerEvent(m_client, x, y, buttonMask);
}

QString VncConnection::libraryMessage(const QString &fallback) const
{
    return t_lastMessage.isEmpty() ? fallback : t_lastMessage;
}

} // namespace sd

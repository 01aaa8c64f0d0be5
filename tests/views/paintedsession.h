#pragma once

// A GraphicsSession of our own for the console view tests: it is its own server (it paints frames and
// changes state when told to) and records the input it is sent. No protocol library is involved.

#include "console/graphicssession.h"

#include <QFont>
#include <QList>
#include <QPainter>

namespace sd::test {

inline ConsoleEndpoint consoleEndpoint(const QString &name, const QString &id,
                                       const QString &host = QStringLiteral("compute-1"))
{
    ConsoleEndpoint endpoint;
    endpoint.instanceId = id;
    endpoint.instanceName = name;
    endpoint.hostName = host;
    endpoint.domainName = QStringLiteral("sd-") + id;
    endpoint.graphics = {QStringLiteral("vnc")};
    return endpoint;
}

class PaintedSession : public GraphicsSession
{
public:
    struct Key
    {
        KeyStroke stroke;
        bool down;
    };
    struct Pointer
    {
        QPoint position;
        Qt::MouseButtons buttons;
        int wheelSteps;
    };

    explicit PaintedSession(ConsoleEndpoint endpoint = consoleEndpoint(QStringLiteral("web-1"),
                                                                       QStringLiteral("id-1")),
                            QString protocol = QStringLiteral("VNC"))
        : GraphicsSession(std::move(endpoint)), m_protocol(std::move(protocol))
    {
    }

    QString protocol() const override { return m_protocol; }
    void sendKey(const KeyStroke &key, bool down) override { keys.append({key, down}); }
    void sendPointer(const QPoint &position, Qt::MouseButtons buttons, int wheelSteps) override
    {
        pointers.append({position, buttons, wheelSteps});
    }
    QString sendText(const QString &text) override
    {
        texts.append(text);
        return textProblem;
    }

    // The server's side.
    void connectWith(const QImage &screen)
    {
        setState(State::Connected);
        resizeFrame(screen.size());
        applyPatch(screen, QPoint(0, 0));
        markComplete();
    }
    void connectWith(const QSize &size, const QColor &colour)
    {
        QImage screen(size, QImage::Format_RGB32);
        screen.fill(colour);
        connectWith(screen);
    }
    void paint(const QImage &patch, const QPoint &at) { applyPatch(patch, at); }
    void enterState(State state, const QString &message = {}) { setState(state, message); }
    void drop(const QString &message) { connectionLost(message); }
    void fail(const QString &message) { connectionFailed(message); }

    int connects = 0;
    int disconnects = 0;
    QList<Key> keys;
    QList<Pointer> pointers;
    QStringList texts;
    QString textProblem;

protected:
    void connectNow() override { ++connects; }
    void disconnectNow() override { ++disconnects; }

private:
    QString m_protocol;
};

// A guest screen worth looking at in a screenshot: a desktop, a terminal with the instance's name and a
// few lines of output, a task bar; `seed` varies the colours so 30 screens are told apart.
inline QImage desktopScreen(const QSize &size, const QString &name, int seed = 0)
{
    QImage screen(size, QImage::Format_RGB32);
    QPainter p(&screen);
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor::fromHsv((200 + seed * 37) % 360, 120, 150));
    sky.setColorAt(1, QColor::fromHsv((240 + seed * 37) % 360, 160, 70));
    p.fillRect(screen.rect(), sky);
    const int bar = qMax(24, size.height() / 24);
    p.fillRect(0, size.height() - bar, size.width(), bar, QColor(30, 30, 36));
    p.fillRect(6, size.height() - bar + 4, bar * 3, bar - 8, QColor(37, 99, 235));
    const QRect term(size.width() / 10, size.height() / 10, size.width() * 6 / 10, size.height() * 6 / 10);
    p.fillRect(term.adjusted(0, -bar, 0, 0), QColor(60, 60, 66));
    p.fillRect(term, QColor(12, 12, 12));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPixelSize(qMax(10, size.height() / 40));
    p.setFont(mono);
    p.setPen(QColor(220, 220, 220));
    p.drawText(term.adjusted(0, -bar, 0, -term.height()), Qt::AlignCenter,
               QStringLiteral("student@%1: ~").arg(name));
    const QStringList lines = {QStringLiteral("student@%1:~$ uname -a").arg(name),
                               QStringLiteral("Linux %1 6.1.0-cloud-amd64 #1 SMP x86_64 GNU/Linux").arg(name),
                               QStringLiteral("student@%1:~$ python3 exercise%2.py").arg(name).arg(seed + 1),
                               QStringLiteral("Result: %1 tests passed").arg(10 + seed % 7),
                               QStringLiteral("student@%1:~$ _").arg(name)};
    int y = term.y() + mono.pixelSize() + 6;
    for (const QString &line : lines) {
        p.setPen(line.contains(QLatin1Char('$')) ? QColor(120, 220, 120) : QColor(220, 220, 220));
        p.drawText(term.x() + 8, y, line);
        y += mono.pixelSize() + 4;
    }
    return screen;
}

} // namespace sd::test

#pragma once

#include <QByteArray>
#include <QHash>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>

// A tiny HTTP/1.1 server on 127.0.0.1 for `image create --url`, in a thread of its own: the tests wait for
// stackctl with blocking calls, which would starve a server in the test's own event loop. It serves
// files by path, answers 404 for anything else, and /slow sends an endless trickle (a download that only
// ends when the client gives up) so Ctrl-C can be tried on a running download. Loopback only.
class TestHttpServer : public QThread
{
public:
    ~TestHttpServer() override
    {
        quit();
        wait();
    }

    // Call before start().
    void serve(const QByteArray &path, const QByteArray &body) { m_files.insert(path, body); }

    // Starts the thread and returns once it listens; 0 when it could not.
    quint16 startListening()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    qint64 slowBytesSent() const { return m_slowBytesSent.load(); }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                accept(socket);
        });
        m_ready.release();
        exec();
    }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->property("answered").toBool() && socket->peek(65536).contains("\r\n\r\n")) {
                socket->setProperty("answered", true);
                answer(socket, socket->readLine().split(' ').value(1));
            }
        });
    }

    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        if (path == "/slow") {
            trickle(socket);
            return;
        }
        const auto file = m_files.constFind(path);
        if (file == m_files.cend()) {
            socket->write(
                "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                          QByteArray::number(file->size()) + "\r\nConnection: close\r\n\r\n");
            socket->write(*file);
        }
        socket->disconnectFromHost();
    }

    // 64 KiB every 20 ms of a promised 1 GiB: progress keeps moving, the end never comes.
    void trickle(QTcpSocket *socket)
    {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1073741824\r\n"
            "Connection: close\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket] {
            const QByteArray chunk(64 * 1024, '\0');
            if (socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                m_slowBytesSent += chunk.size();
            }
        });
        timer->start(20);
    }

    QHash<QByteArray, QByteArray> m_files;
    QSemaphore m_ready;
    quint16 m_port = 0;
    std::atomic<qint64> m_slowBytesSent{0};
};

#pragma once

// A loopback-only HTTP/1.0 server for download tests: each path answers with a status and a body.
// It runs in the test's thread; the engine downloads from a task thread while the test waits in an
// event loop, so requests are served.

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace sd::test {

class TinyHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    TinyHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    void set(const QString &path, Answer answer) { m_answers.insert(path, std::move(answer)); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_pending[socket] += socket->readAll();
            if (!m_pending[socket].contains("\r\n\r\n"))
                return;
            const QString path = QString::fromLatin1(m_pending.take(socket).split(' ').value(1));
            const Answer answer = m_answers.value(path, Answer{404, QByteArray("not found")});
            socket->write("HTTP/1.0 " + QByteArray::number(answer.status) + " X\r\nContent-Length: "
                          + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n");
            socket->write(answer.body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace sd::test

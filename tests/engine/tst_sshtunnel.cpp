// Graphical consoles of qemu+ssh hosts: SshTunnels against a real OpenSSH server that the test starts on
// 127.0.0.1 with keys of its own (nothing else is ever connected to). One login carries every channel; bytes
// go both ways; closing either end closes the other; unknown or changed host keys, unauthorized keys and
// ports with nothing behind them are refused in words a user can act on; and a VNC session reads QEMU's
// screen through the tunnel. Also: where a live domain's graphics listen (GraphicsListen).

#include "sshkeygen.h"

#include "console/graphicslisten.h"
#include "console/spicesession.h"
#include "console/sshtunnel.h"
#include "console/vncsession.h"
#include "hosts/hosturi.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sd;

namespace {

// A TCP port on 127.0.0.1 that nothing listens on right now: any, or the first free one of first..first+99.
int freePort(int first = 0)
{
    if (first == 0) {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : -1;
    }
    for (int port = first; port < first + 100; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return -1;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// OpenSSH's sshd on 127.0.0.1:port with a host key, one authorized client key and a log on stderr (-e).
struct Sshd
{
    QTemporaryDir dir;
    QProcess process;
    QByteArray log;
    int port = -1;
    QString hostKey, clientKey, knownHosts, emptyKnownHosts;

    static QString binary() { return QStringLiteral("/usr/sbin/sshd"); }

    QString path(const QString &name) const { return dir.filePath(name); }

    QString start()
    {
        if (!QFile::exists(binary()))
            return QStringLiteral("/usr/sbin/sshd is not installed (package openssh-server)");
        if (!test::SshKeygen::available())
            return QStringLiteral("ssh-keygen is not installed");
        hostKey = path(QStringLiteral("host_ed25519"));
        clientKey = path(QStringLiteral("client_ed25519"));
        if (test::SshKeygen::generate(dir.path(), QStringLiteral("host_ed25519"), QStringLiteral("ed25519"))
                .isEmpty())
            return QStringLiteral("ssh-keygen could not make a host key");
        const QString clientPublic = test::SshKeygen::generate(dir.path(), QStringLiteral("client_ed25519"),
                                                               QStringLiteral("ed25519"));
        if (clientPublic.isEmpty())
            return QStringLiteral("ssh-keygen could not make a client key");
        writeFile(path(QStringLiteral("authorized_keys")), clientPublic.toUtf8() + '\n');
        // As root, sshd wants its privilege separation directory (the package's service creates it).
        if (::geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd"));

        port = freePort();
        const QByteArray config =
            QStringLiteral("Port %1\n"
                           "ListenAddress 127.0.0.1\n"
                           "HostKey %2\n"
                           "AuthorizedKeysFile %3\n"
                           "PidFile %4\n"
                           "StrictModes no\n"
                           "UsePAM no\n"
                           "PermitRootLogin prohibit-password\n"
                           "PasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "AllowTcpForwarding local\n"
                           "AllowAgentForwarding no\n"
                           "X11Forwarding no\n"
                           "MaxAuthTries 20\n"
                           "LogLevel VERBOSE\n")
                .arg(port)
                .arg(hostKey, path(QStringLiteral("authorized_keys")), path(QStringLiteral("sshd.pid")))
                .toUtf8();
        writeFile(path(QStringLiteral("sshd_config")), config);
        knownHosts = path(QStringLiteral("known_hosts"));
        writeFile(knownHosts, QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() +
                                  readFile(hostKey + QStringLiteral(".pub")));
        emptyKnownHosts = path(QStringLiteral("known_hosts.empty"));
        writeFile(emptyKnownHosts, {});

        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { log += process.readAllStandardError(); });
        process.start(binary(), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                 path(QStringLiteral("sshd_config"))});
        if (!process.waitForStarted(5000))
            return QStringLiteral("sshd did not start");
        const QByteArray listening =
            QStringLiteral("Server listening on 127.0.0.1 port %1").arg(port).toUtf8();
        if (!QTest::qWaitFor([&] { return log.contains(listening) || process.state() != QProcess::Running; },
                             10000) ||
            !log.contains(listening))
            return QStringLiteral("sshd did not listen: ") + QString::fromUtf8(log);
        return {};
    }

    ~Sshd()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }

    int count(const QByteArray &what) const { return int(log.count(what)); }

    // What a host's URI says, with this server's known_hosts (or another) and the client key.
    SshTarget target(const QString &known = {}, const QString &key = {}) const
    {
        const QString uri = QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2&known_hosts=%3")
                                .arg(port)
                                .arg(key.isEmpty() ? clientKey : key, known.isEmpty() ? knownHosts : known);
        auto parsed = HostUri::parse(uri);
        return parsed ? SshTarget::fromUri(*parsed, QStringLiteral("node-ssh")).value() : SshTarget{};
    }

    QString fingerprint() const
    {
        // "256 SHA256:... comment (ED25519)"
        return test::SshKeygen::run({QStringLiteral("-lf"), hostKey + QStringLiteral(".pub")})
            .section(QLatin1Char(' '), 1, 1);
    }
};

// The forward target: echoes what it gets, counts who is connected.
struct EchoServer
{
    int connected = 0;
    int accepted = 0;
    QList<QTcpSocket *> sockets;
    QTcpServer server; // last: its sockets go first, while the list they leave still exists

    bool start()
    {
        QObject::connect(&server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++accepted;
                ++connected;
                sockets << s;
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    --connected;
                    sockets.removeOne(s);
                    s->deleteLater();
                });
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }
    int port() const { return server.serverPort(); }
};

Result<int> openNow(SshTunnels &tunnels, const SshTarget &target, int port, QObject *context)
{
    std::optional<Result<int>> answer;
    tunnels.open(target, port, context, [&](Result<int> fd) { answer = std::move(fd); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        return makeError(ErrorCode::Internal, QStringLiteral("no answer from the tunnel"));
    return *answer;
}

// Reads `want` bytes from fd while the event loop runs (the echo server lives in it).
QByteArray readBytes(int fd, qsizetype want, int timeoutMs = 10000)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            char buffer[65536];
            ssize_t n;
            while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
                got.append(buffer, n);
            return got.size() >= want || n == 0;
        },
        timeoutMs);
    return got;
}

// Writes all of data while the event loop runs.
bool writeBytes(int fd, const QByteArray &data, QByteArray *echoed = nullptr)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    qsizetype sent = 0;
    return QTest::qWaitFor(
        [&] {
            const ssize_t n = ::write(fd, data.constData() + sent, size_t(data.size() - sent));
            if (n > 0)
                sent += n;
            if (echoed) {
                char buffer[65536];
                ssize_t r;
                while ((r = ::read(fd, buffer, sizeof buffer)) > 0)
                    echoed->append(buffer, r);
            }
            return sent == data.size();
        },
        20000);
}

bool isClosedByPeer(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return QTest::qWaitFor(
        [&] {
            char c;
            return ::read(fd, &c, 1) == 0;
        },
        10000);
}

// The processes started by `pid` and theirs (sshd forks one per connection, and that one forks again).
QList<qint64> descendants(qint64 pid)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        // "pid (comm) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(child));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            found << child << descendants(child);
    }
    return found;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

const QByteArray kAccepted = "Accepted publickey for root from 127.0.0.1";
const QByteArray kDisconnected = "Disconnected from user root 127.0.0.1";

} // namespace

class TestSshTunnel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sshd> m_sshd;

    Sshd *sshd()
    {
        if (!m_sshd) {
            m_sshd = std::make_unique<Sshd>();
            const QString why = m_sshd->start();
            if (!why.isEmpty()) {
                m_skip = why;
                m_sshd.reset();
            }
        }
        return m_sshd.get();
    }
    QString m_skip;

private Q_SLOTS:
    void initTestCase()
    {
        // The test's own keys only: an agent of whoever runs it stays out.
        qunsetenv("SSH_AUTH_SOCK");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_sshd)
            qInfo("sshd's log:\n%s", m_sshd->log.constData());
    }

    void graphicsListenOnlyOnTheHostsLoopback_data()
    {
        QTest::addColumn<QString>("graphics");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error");
        const QString vnc =
            QStringLiteral("<graphics type='vnc' port='5901' autoport='yes' listen='127.0.0.1'>"
                           "<listen type='address' address='127.0.0.1'/></graphics>");
        QTest::newRow("StackDesk's own") << vnc << 0 << 5901 << QString();
        QTest::newRow("the second device")
            << vnc + QStringLiteral("<graphics type='spice' port='5902' autoport='yes'>"
                                    "<listen type='address' address='localhost'/></graphics>")
            << 1 << 5902 << QString();
        QTest::newRow("no such device")
            << vnc << 1 << 0 << QStringLiteral("Instance web-1 has no graphics device 1");
        QTest::newRow("every address")
            << QStringLiteral("<graphics type='vnc' port='5900' listen='0.0.0.0'>"
                              "<listen type='address' address='0.0.0.0'/></graphics>")
            << 0 << 0 << QStringLiteral("graphics of web-1 listen on 0.0.0.0, not the host's loopback");
        QTest::newRow("a network's address")
            << QStringLiteral("<graphics type='spice' port='5900'>"
                              "<listen type='network' network='public' address='192.0.2.7'/></graphics>")
            << 0 << 0 << QStringLiteral("graphics of web-1 listen on 192.0.2.7, not the host's loopback");
        QTest::newRow("a UNIX socket")
            << QStringLiteral(
                   "<graphics type='vnc'><listen type='socket' socket='/run/vnc.sock'/></graphics>")
            << 0 << 0 << QStringLiteral("graphics of web-1 listen on /run/vnc.sock, not the host's loopback");
        QTest::newRow("no port yet") << QStringLiteral("<graphics type='vnc' port='-1' listen='127.0.0.1'/>")
                                     << 0 << 0
                                     << QStringLiteral(
                                            "graphics of web-1 have no TCP port on the host (port -1)");
    }

    void graphicsListenOnlyOnTheHostsLoopback()
    {
        QFETCH(QString, graphics);
        QFETCH(int, index);
        QFETCH(int, port);
        QFETCH(QString, error);
        const QString xml =
            QStringLiteral("<domain type='kvm'><name>sd-1</name><devices><console type='pty'/>") + graphics +
            QStringLiteral("</devices></domain>");
        auto found = GraphicsListen::loopbackPort(xml, index, QStringLiteral("web-1"));
        if (error.isEmpty()) {
            QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
            QCOMPARE(*found, port);
        } else {
            QVERIFY(!found);
            QCOMPARE(found.error().message, error);
        }
    }

    void aTargetComesFromTheHostsUri()
    {
        auto uri = HostUri::parse(
            QStringLiteral("qemu+ssh://admin@node.example:2222/system?keyfile=/k/id&known_hosts=/k/kh"));
        QVERIFY(uri.ok());
        auto target = SshTarget::fromUri(*uri, QStringLiteral("node2"));
        QVERIFY(target.ok());
        QCOMPARE(target->address(), QStringLiteral("admin@node.example:2222"));
        QCOMPARE(target->keyFile, QStringLiteral("/k/id"));
        QCOMPARE(target->knownHosts, QStringLiteral("/k/kh"));
        auto tls = HostUri::parse(QStringLiteral("qemu+tls://node.example/system"));
        QVERIFY(tls.ok());
        QVERIFY(!SshTarget::fromUri(*tls, QStringLiteral("node3")));
    }

    void threeTunnelsShareOneLogin()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        EchoServer echo;
        QVERIFY(echo.start());
        SshTunnels tunnels;
        const SshTarget target = server->target();
        std::vector<int> fds;
        for (int i = 0; i < 3; ++i) {
            auto fd = openNow(tunnels, target, echo.port(), this);
            QVERIFY2(fd.ok(), qPrintable(fd.ok() ? QString() : fd.error().message));
            fds.push_back(*fd);
        }
        QTRY_COMPARE(echo.accepted, 3);
        QCOMPARE(tunnels.logins(target), 1);
        QCOMPARE(tunnels.channels(target), 3);
        QTRY_COMPARE(server->count(kAccepted), 1);

        for (int i = 0; i < 3; ++i) {
            const QByteArray hello = "hello through channel " + QByteArray::number(i);
            QVERIFY(writeBytes(fds[i], hello));
            QCOMPARE(readBytes(fds[i], hello.size()), hello);
        }
        // More than the channel's window and our buffers: flow control both ways, nothing lost.
        QByteArray bulk(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < bulk.size(); ++i)
            bulk[i] = char((i * 7 + i / 4096) & 0xff);
        QByteArray echoed;
        QVERIFY(writeBytes(fds[1], bulk, &echoed));
        echoed += readBytes(fds[1], bulk.size() - echoed.size(), 20000);
        QCOMPARE(echoed.size(), bulk.size());
        QVERIFY(echoed == bulk);

        for (int fd : fds)
            ::close(fd);
        QCOMPARE(server->count(kAccepted), 1);
    }

    void closingEitherEndClosesTheOther()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        EchoServer echo;
        QVERIFY(echo.start());
        SshTunnels tunnels(500);
        const SshTarget target = server->target();
        auto first = openNow(tunnels, target, echo.port(), this);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        const int disconnectedBefore = server->count(kDisconnected);
        auto second = openNow(tunnels, target, echo.port(), this);
        QVERIFY(second.ok());
        QTRY_COMPARE(echo.connected, 2);

        // The console closes its socket: the channel closes, and the target sees its connection end.
        ::close(*first);
        QTRY_COMPARE(echo.connected, 1);
        QTRY_COMPARE(tunnels.channels(target), 1);

        // The target closes its connection: the console's socket reads the end of file.
        QCOMPARE(echo.sockets.size(), 1);
        echo.sockets.first()->disconnectFromHost();
        QVERIFY(isClosedByPeer(*second));
        ::close(*second);
        QTRY_COMPARE(tunnels.channels(target), 0);

        // No channel left: after the grace period the session logs out; the next console logs in again.
        QTRY_VERIFY_WITH_TIMEOUT(!tunnels.loggedIn(target), 5000);
        QTRY_VERIFY(server->count(kDisconnected) > disconnectedBefore);
        const int before = server->count(kAccepted);
        auto again = openNow(tunnels, target, echo.port(), this);
        QVERIFY(again.ok());
        QCOMPARE(tunnels.logins(target), 2);
        QTRY_COMPARE(server->count(kAccepted), before + 1);
        ::close(*again);
    }

    void anIdleChannelCostsNoCpu()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        EchoServer echo;
        QVERIFY(echo.start());
        SshTunnels tunnels;
        auto fd = openNow(tunnels, server->target(), echo.port(), this);
        QVERIFY(fd.ok());
        QVERIFY(writeBytes(*fd, "ping"));
        QCOMPARE(readBytes(*fd, 4), QByteArray("ping"));
        const double before = cpuSeconds();
        QTest::qWait(1500);
        const double spent = cpuSeconds() - before;
        QVERIFY2(spent < 0.2, qPrintable(QStringLiteral("%1 s of CPU while idle").arg(spent)));
        ::close(*fd);
    }

    void aDroppedSessionClosesItsConsolesAndTheNextOneLogsInAgain()
    {
        // A server of its own: this test kills its connections.
        Sshd own;
        const QString why = own.start();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        EchoServer echo;
        QVERIFY(echo.start());
        SshTunnels tunnels;
        const SshTarget target = own.target();
        auto fd = openNow(tunnels, target, echo.port(), this);
        QVERIFY(fd.ok());
        QTRY_COMPARE(echo.connected, 1);
        // The host goes away under the session (sshd's listener stays, as after a network outage).
        const QList<qint64> connections = descendants(own.process.processId());
        QVERIFY(!connections.isEmpty());
        for (qint64 pid : connections)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY(isClosedByPeer(*fd));
        ::close(*fd);
        QTRY_VERIFY(!tunnels.loggedIn(target));
        QTRY_COMPARE(tunnels.channels(target), 0);
        auto again = openNow(tunnels, target, echo.port(), this);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(tunnels.logins(target), 2);
        QVERIFY(writeBytes(*again, "back"));
        QCOMPARE(readBytes(*again, 4), QByteArray("back"));
        ::close(*again);
    }

    void anUnknownHostKeyIsRefusedWithItsFingerprint()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        EchoServer echo;
        QVERIFY(echo.start());
        SshTunnels tunnels;
        const int before = server->count(kAccepted);
        auto refused = openNow(tunnels, server->target(server->emptyKnownHosts), echo.port(), this);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        const QString fingerprint = server->fingerprint();
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(message.contains(fingerprint), qPrintable(message + QStringLiteral(" / ") + fingerprint));
        QVERIFY2(
            message.contains(QStringLiteral("Host node-ssh: the SSH host key of [127.0.0.1]:%1 is not in %2")
                                 .arg(server->port)
                                 .arg(server->emptyKnownHosts)),
            qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("ssh-ed25519")));
        QCOMPARE(echo.accepted, 0);
        QCOMPARE(server->count(kAccepted), before);
    }

    void aChangedHostKeyIsRefused()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        // known_hosts holds another key for the same [host]:port: what a man in the middle looks like.
        const QString other =
            test::SshKeygen::generate(server->dir.path(), QStringLiteral("other"), QStringLiteral("ed25519"));
        QVERIFY(!other.isEmpty());
        const QString changed = server->path(QStringLiteral("known_hosts.changed"));
        writeFile(changed, QStringLiteral("[127.0.0.1]:%1 %2\n").arg(server->port).arg(other).toUtf8());
        SshTunnels tunnels;
        auto refused = openNow(tunnels, server->target(changed), 1, this);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("does not match the one in %1").arg(changed)),
            qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(server->fingerprint()));
    }

    void aKeyTheHostDoesNotAuthorizeIsRefused()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        const QString stranger = server->path(QStringLiteral("stranger"));
        QVERIFY(!test::SshKeygen::generate(server->dir.path(), QStringLiteral("stranger"),
                                           QStringLiteral("ed25519"))
                     .isEmpty());
        SshTunnels tunnels;
        auto refused = openNow(tunnels, server->target({}, stranger), 1, this);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.startsWith(
                QStringLiteral("Host node-ssh: SSH on root@127.0.0.1:%1 accepted none of").arg(server->port)),
            qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(stranger));
        QVERIFY(refused.error().message.contains(QStringLiteral("never ask for a password")));
    }

    void aPortWithNothingListeningIsAClearError()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        SshTunnels tunnels;
        const SshTarget target = server->target();
        const int closed = freePort();
        auto refused = openNow(tunnels, target, closed, this);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.startsWith(
                QStringLiteral("Host node-ssh: SSH on root@127.0.0.1:%1 could not reach 127.0.0.1:%2 on the "
                               "host (nothing listens there")
                    .arg(server->port)
                    .arg(closed)),
            qPrintable(refused.error().message));
        // The session stays good for the next console.
        EchoServer echo;
        QVERIFY(echo.start());
        auto fd = openNow(tunnels, target, echo.port(), this);
        QVERIFY(fd.ok());
        QCOMPARE(tunnels.logins(target), 1);
        ::close(*fd);
    }

    void aVncSessionReadsQemusScreenThroughTheTunnel()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        const QString qemuBinary = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        if (qemuBinary.isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        const int vncPort = freePort(5900);
        QVERIFY(vncPort >= 5900);
        QProcess qemu;
        qemu.start(qemuBinary, {QStringLiteral("-machine"), QStringLiteral("pc"), QStringLiteral("-m"),
                                QStringLiteral("64"), QStringLiteral("-nodefaults"), QStringLiteral("-vga"),
                                QStringLiteral("std"), QStringLiteral("-display"), QStringLiteral("none"),
                                QStringLiteral("-vnc"), QStringLiteral("127.0.0.1:%1").arg(vncPort - 5900)});
        QVERIFY(qemu.waitForStarted(10000));
        auto stopQemu = qScopeGuard([&] {
            qemu.kill();
            qemu.waitForFinished(5000);
        });

        SshTunnels tunnels;
        const SshTarget target = server->target();
        ConsoleEndpoint endpoint;
        endpoint.instanceId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        endpoint.instanceName = QStringLiteral("vnc-ssh");
        endpoint.hostName = QStringLiteral("node-ssh");
        endpoint.graphics = {QStringLiteral("vnc")};
        int asked = 0;
        endpoint.openGraphicsFd = [&](int, QObject *context, ConsoleEndpoint::FdCallback done) {
            ++asked;
            tunnels.open(target, vncPort, context, std::move(done));
        };
        VncSession session(endpoint);
        // QEMU may not listen yet when the first socket is asked for.
        session.setAutoReconnect(true);
        QSignalSpy complete(&session, &GraphicsSession::firstFrameComplete);
        QElapsedTimer clock;
        clock.start();
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(complete.size() >= 1, 10000); // again after the guest's mode switch
        qInfo("first complete frame through SSH after %lld ms (%d socket requests): %dx%d", clock.elapsed(),
              asked, session.frame().width(), session.frame().height());
        QVERIFY(session.hasCompleteFrame());
        QVERIFY(session.frame().width() >= 320 && session.frame().height() >= 200);
        QCOMPARE(tunnels.logins(target), 1);
        QCOMPARE(tunnels.channels(target), 1);
        session.close();
        QTRY_COMPARE(tunnels.channels(target), 0);
    }

    void aSpiceSessionsChannelsShareOneLogin()
    {
        Sshd *server = sshd();
        if (!server)
            QSKIP(qPrintable(m_skip));
        const QString qemuBinary = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        if (qemuBinary.isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        const int spicePort = freePort(5900);
        QVERIFY(spicePort >= 5900);
        QProcess qemu;
        qemu.start(qemuBinary,
                   {QStringLiteral("-machine"), QStringLiteral("pc"), QStringLiteral("-m"),
                    QStringLiteral("64"), QStringLiteral("-nodefaults"), QStringLiteral("-vga"),
                    QStringLiteral("std"), QStringLiteral("-display"), QStringLiteral("none"),
                    QStringLiteral("-spice"),
                    QStringLiteral("port=%1,addr=127.0.0.1,disable-ticketing=on").arg(spicePort)});
        QVERIFY(qemu.waitForStarted(10000));
        auto stopQemu = qScopeGuard([&] {
            qemu.kill();
            qemu.waitForFinished(5000);
        });
        // SPICE opens a socket per channel (main, display, inputs, cursor...): wait until QEMU listens, so
        // the count below is of one connection's channels.
        QVERIFY(QTest::qWaitFor(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, quint16(spicePort));
                return probe.waitForConnected(200);
            },
            10000));

        SshTunnels tunnels;
        const SshTarget target = server->target();
        const int acceptedBefore = server->count(kAccepted);
        ConsoleEndpoint endpoint;
        endpoint.instanceId = QStringLiteral("11111111-2222-3333-4444-666666666666");
        endpoint.instanceName = QStringLiteral("spice-ssh");
        endpoint.hostName = QStringLiteral("node-ssh");
        endpoint.graphics = {QStringLiteral("spice")};
        int asked = 0;
        endpoint.openGraphicsFd = [&](int, QObject *context, ConsoleEndpoint::FdCallback done) {
            ++asked;
            tunnels.open(target, spicePort, context, std::move(done));
        };
        SpiceSession session(endpoint);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), GraphicsSession::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasCompleteFrame(), 20000);
        qInfo("SPICE through SSH: %d channel sockets, %d SSH login(s)", asked, tunnels.logins(target));
        QVERIFY2(asked >= 2, "the main and display channels each have a socket");
        QCOMPARE(tunnels.logins(target), 1);
        QTRY_COMPARE(server->count(kAccepted), acceptedBefore + 1);
        QTest::qWait(500); // channels that open later (inputs, cursor) log in no more either
        QCOMPARE(server->count(kAccepted), acceptedBefore + 1);
        session.close();
        QTRY_COMPARE(tunnels.channels(target), 0);
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"

// Console figures (issue 7, Performance), side by side in one run against the same guests on the real
// libvirtd: time from open() to the first complete frame for StackDesk's VNC and SPICE sessions; frames
// per second, pixels per second and CPU per frame while the guest scrolls text on its VGA console; the
// CPU that remote-viewer (VNC and SPICE) and TigerVNC's vncviewer spend on the same screen; and a
// classroom wall of 30 VNC sessions at 2 frames a second spread over several guests.
//
// The guest scrolls text by itself: `ls -l /` in a loop, written to /dev/tty1 (the kernel's vgacon VT,
// shown on the VGA; the shell itself is on ttyS0), typed in through StackDesk's SerialSession.
//
// It needs the integration fixtures' libvirtd and test guest, and the integration lock:
//   flock /tmp/sd-integration.lock sh -c '
//     ctest --test-dir _build -R "integration\.(build_guest|start_libvirtd)" &&
//     _build/tests/bench/bench_consoles [wall-guests] [wall-sessions] [seconds];
//     ctest --test-dir _build -R integration.stop_libvirtd'
// Defaults: 6 guests for the wall, 30 sessions, 10 s per measurement. The external viewers are measured
// when remote-viewer (virt-viewer), vncviewer (tigervnc-viewer) and xvfb-run are installed (they are not
// in scripts/setup: `apt-get install virt-viewer tigervnc-viewer` for this bench); they run inside
// libvirtd's network namespace, where the domains' graphics listen on 127.0.0.1, drawing into an Xvfb.
// Their frame counts are not visible from outside, so beside them the table gives CPU per second; the
// guest, not the viewer, sets the pace (about 1 Mpixel/s of changed text under TCG), so equal pixel rates
// make CPU per second comparable.

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "console/spicesession.h"
#include "console/vncsession.h"
#include "cpuclock.h"
#include "engine.h"
#include "eventwait.h"
#include "guestshell.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <optional>

using namespace sd;
using namespace sd::bench;

namespace {

QTextStream out(stdout);

QString envOr(const char *name, const char *fallback)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? QString::fromLocal8Bit(fallback) : v;
}

[[noreturn]] void fail(const QString &why)
{
    out << "bench_consoles: " << why << Qt::endl;
    std::exit(1);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Frames and dirty pixels a session delivered. frameUpdated comes per rectangle: VNC's rectangles of one
// framebuffer update all arrive in one queued call, SPICE's arrive one display-invalidate at a time (QEMU
// sends a text screen's changed cells as many small draws). To count both the same way, a frame is a
// burst of updates: one that comes kFrameGapMs or more after the previous update starts a new frame. QEMU
// refreshes its VGA every 30 ms, so the bursts of two refreshes are far apart.
struct FrameCounter
{
    static constexpr qint64 kFrameGapMs = 8;
    qint64 frames = 0;
    qint64 updates = 0;
    qint64 pixels = 0;
    QElapsedTimer sinceLast;

    void watch(GraphicsSession *s)
    {
        QObject::connect(s, &GraphicsSession::frameUpdated, s, [this](const QRect &dirty) {
            ++updates;
            pixels += qint64(dirty.width()) * dirty.height();
            if (!sinceLast.isValid() || sinceLast.elapsed() >= kFrameGapMs)
                ++frames;
            sinceLast.start();
        });
    }
    void reset() { frames = updates = pixels = 0; }
};

struct Busy
{
    double seconds = 0;
    double cpu = 0; // process CPU seconds over the window
    qint64 frames = 0;
    qint64 updates = 0;
    qint64 pixels = 0;
    QSize size; // of the session's frame
    double fps() const { return frames / seconds; }
    double cpuPercent() const { return 100 * cpu / seconds; }
    double cpuMsPerFrame() const { return frames ? 1000 * cpu / frames : -1; }
};

Busy measureWindow(int seconds, const QList<FrameCounter *> &counters)
{
    for (FrameCounter *c : counters)
        c->reset();
    const double cpu0 = processCpuSeconds();
    QElapsedTimer t;
    t.start();
    runFor(seconds * 1000);
    Busy b;
    b.cpu = processCpuSeconds() - cpu0;
    b.seconds = t.nsecsElapsed() / 1e9;
    for (FrameCounter *c : counters) {
        b.frames += c->frames;
        b.updates += c->updates;
        b.pixels += c->pixels;
    }
    return b;
}

struct Guest
{
    QString id;
    QString name;
    ConsoleEndpoint endpoint;
    std::unique_ptr<GuestShell> shell;
};

class Lab
{
public:
    QTemporaryDir data;
    std::unique_ptr<Engine> engine;
    RequestContext admin;

    void open()
    {
        auto opened = Engine::open(EngineOptions{data.path() + QStringLiteral("/data"), false, true, {}});
        if (!opened)
            fail(opened.error().toString());
        engine = std::move(opened).value();
        admin = *engine->localAdminContext();
        HostSpec spec;
        spec.name = QStringLiteral("local");
        spec.uri = QStringLiteral("qemu:///system");
        auto task = engine->hosts().add(admin, spec);
        if (!task)
            fail(task.error().toString());
        const auto added = engine->tasks().wait(*task);
        if (!added)
            fail(QStringLiteral("host local (qemu:///system): ") + added.error().toString() +
                 QStringLiteral(" -- is the fixtures' libvirtd running?"));
        const QString hostId = added->toString();
        if (!runUntil([&] { auto h = engine->hosts().show(admin, hostId);
                                   return h && h->state == HostState::Up && h->factsLive; }, 30000))
            fail(QStringLiteral("host local did not come up"));

        ImageSpec image;
        image.name = QStringLiteral("test-guest");
        image.diskFormat = QStringLiteral("raw");
        image.visibility = ImageVisibility::Public;
        image.sourceFile = envOr("STACKDESK_TEST_GUEST", SD_TEST_GUEST);
        if (auto imported = engine->images().importNow(admin, image); !imported)
            fail(imported.error().toString());
        FlavorSpec flavor;
        flavor.name = QStringLiteral("bench.console");
        flavor.vcpus = 1;
        flavor.ramMb = 128;
        flavor.diskGb = 1;
        if (auto made = engine->flavors().create(admin, flavor); !made)
            fail(made.error().toString());
        NetworkSpec net;
        net.name = QStringLiteral("bench-console-net");
        SubnetSpec sub;
        sub.name = QStringLiteral("bench-console-subnet");
        sub.network = net.name;
        sub.cidr = QStringLiteral("10.78.0.0/24");
        if (!engine->networks().create(admin, net) || !engine->subnets().create(admin, sub))
            fail(QStringLiteral("the bench network could not be created"));
    }

    // Launches `count` instances at once and waits until each is ACTIVE, its endpoint known and its shell
    // answering.
    std::vector<Guest> launch(int count)
    {
        std::vector<Guest> guests;
        for (int i = 0; i < count; ++i) {
            LaunchSpec spec;
            spec.name = QStringLiteral("bench-console-%1").arg(i);
            spec.flavor = QStringLiteral("bench.console");
            spec.image = QStringLiteral("test-guest");
            spec.nics = {{QStringLiteral("bench-console-net"), {}, {}}};
            auto made = engine->instances().launch(admin, spec);
            if (!made)
                fail(made.error().toString());
            Guest g;
            g.id = made->first().id;
            g.name = spec.name;
            guests.push_back(std::move(g));
            m_launched << guests.back().id;
        }
        for (Guest &g : guests) {
            auto built = engine->instances().waitUntilSettled(g.id, 600000);
            if (!built || built->status() != QLatin1String("ACTIVE"))
                fail(g.name + QStringLiteral(" did not become ACTIVE: ") +
                     (built ? built->fault.message : built.error().toString()));
            std::optional<Result<ConsoleEndpoint>> found;
            QObject context;
            engine->consoles().endpoint(admin, g.id, &context, [&](Result<ConsoleEndpoint> e) { found = std::move(e); });
            if (!runUntil([&] { return found.has_value(); }, 30000) || !found->ok())
                fail(g.name + QStringLiteral(": no console endpoint"));
            g.endpoint = found->value();
            g.shell = std::make_unique<GuestShell>(g.endpoint);
        }
        for (Guest &g : guests)
            if (!g.shell->waitForShell(300000))
                fail(g.name + QStringLiteral(": the guest's shell did not answer on its serial console"));
        return guests;
    }

    void removeAll()
    {
        QStringList tasks;
        for (const QString &id : m_launched)
            if (auto removed = engine->instances().remove(admin, id); removed && !removed->isEmpty())
                (void)engine->tasks().wait(*removed);
        m_launched.clear();
    }

private:
    QStringList m_launched;
};

// Where the time from open() to the first complete frame goes, in ms from open() (-1: did not happen
// within 30 s): the session Connected (VNC: RFB handshake and password done; SPICE: main channel up), the
// frame's size known (VNC: ServerInit; SPICE: the display channel's primary surface), the first update,
// the frame complete.
struct FirstFrame
{
    double connected = -1, sized = -1, firstUpdate = -1, complete = -1;
};

template <typename Session>
FirstFrame firstFrame(const ConsoleEndpoint &endpoint)
{
    Session session(endpoint);
    FirstFrame f;
    QElapsedTimer t;
    auto now = [&] { return t.nsecsElapsed() / 1e6; };
    QObject::connect(&session, &GraphicsSession::stateChanged, &session, [&](GraphicsSession::State s) {
        if (s == GraphicsSession::State::Connected && f.connected < 0)
            f.connected = now();
    });
    QObject::connect(&session, &GraphicsSession::frameResized, &session, [&] {
        if (f.sized < 0)
            f.sized = now();
    });
    QObject::connect(&session, &GraphicsSession::frameUpdated, &session, [&] {
        if (f.firstUpdate < 0)
            f.firstUpdate = now();
    });
    QObject::connect(&session, &GraphicsSession::firstFrameComplete, &session, [&] { f.complete = now(); });
    t.start();
    session.open();
    (void)runUntil([&] { return f.complete >= 0; }, 30000);
    session.close();
    return f;
}

template <typename Session>
std::optional<Busy> busySession(const ConsoleEndpoint &endpoint, int seconds)
{
    Session session(endpoint);
    FrameCounter counter;
    counter.watch(&session);
    session.open();
    if (!runUntil([&] { return session.hasCompleteFrame(); }, 30000))
        return std::nullopt;
    runFor(1000);
    Busy b = measureWindow(seconds, {&counter});
    b.size = session.frame().size();
    session.close();
    return b;
}

// ---- External viewers, in libvirtd's network namespace (the graphics listen on its 127.0.0.1).

QString netnsOf(const QString &stateDir)
{
    // As scripts/libvirtd-netns.sh names it: sdtest- and the first 10 hex digits of sha1(STATEDIR).
    const QByteArray sha = QCryptographicHash::hash(QFile::encodeName(stateDir), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("sdtest-") + QString::fromLatin1(sha.left(10));
}

// The listen port of the domain's `type` graphics ("vnc", "spice"), from virsh domdisplay.
int graphicsPort(const QString &domain, const QString &type)
{
    QProcess virsh;
    virsh.start(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                                          QStringLiteral("domdisplay"), QStringLiteral("--type"), type, domain});
    if (!virsh.waitForFinished(20000) || virsh.exitCode() != 0)
        return -1;
    const QUrl url(QString::fromUtf8(virsh.readAllStandardOutput()).trimmed());
    if (!url.isValid() || url.port() < 0)
        return -1;
    // VNC URIs carry the display number, SPICE ones the port.
    return type == QLatin1String("vnc") && url.port() < 5900 ? 5900 + url.port() : url.port();
}

struct ViewerFigures
{
    QString name;
    QString note;       // why it was not measured, when it was not
    double seconds = 0;
    double viewerCpu = 0; // CPU seconds of the viewer process over the window
    double xvfbCpu = 0;   // of the X server it draws into
};

// Starts `program args` under xvfb-run in the namespace, waits `settleMs` for it to connect and draw,
// then reads its CPU over `seconds`.
bool startViewer(QProcess &p, const QString &netns, const QString &program, const QStringList &args,
                 const QStringList &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_AT_BRIDGE"), QStringLiteral("1"));
    env.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("memory"));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), netns,
                                              QStringLiteral("xvfb-run"), QStringLiteral("-a"), QStringLiteral("-s"),
                                              QStringLiteral("-screen 0 1280x1024x24"), program} + args);
    return p.waitForStarted(10000);
}

// Ends the viewer we started (by its pid; xvfb-run then takes its X server down), and what is left of
// that process tree if it does not go.
void stopViewer(QProcess &p, const QString &program)
{
    for (const ProcStat &s : descendants(p.processId()))
        if (s.comm == program.left(15))
            ::kill(pid_t(s.pid), SIGTERM);
    if (!p.waitForFinished(10000)) {
        for (const ProcStat &s : descendants(p.processId()))
            ::kill(pid_t(s.pid), SIGKILL);
        p.kill();
        p.waitForFinished(5000);
    }
}

ViewerFigures runViewer(const QString &label, const QString &netns, const QString &program, const QStringList &args,
                        const QStringList &extraEnv, int seconds)
{
    ViewerFigures f;
    f.name = label;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        f.note = program + QStringLiteral(" is not installed");
        return f;
    }
    QProcess p;
    if (!startViewer(p, netns, program, args, extraEnv)) {
        f.note = QStringLiteral("could not start");
        return f;
    }
    const QString comm = program.left(15); // /proc's comm is truncated to 15 characters
    std::optional<ProcStat> viewer, xvfb;
    auto find = [&] {
        for (const ProcStat &s : descendants(p.processId())) {
            if (s.comm == comm)
                viewer = s;
            else if (s.comm == QLatin1String("Xvfb"))
                xvfb = s;
        }
    };
    (void)runUntil([&] { find(); return viewer && xvfb; }, 10000, 100);
    // Connecting, authenticating and the first full screen.
    runFor(4000);
    find();
    if (!viewer || p.state() != QProcess::Running) {
        f.note = QStringLiteral("exited: ") + QString::fromUtf8(p.readAll()).trimmed().right(300);
        return f;
    }
    const auto v0 = procStat(viewer->pid), x0 = xvfb ? procStat(xvfb->pid) : std::nullopt;
    QElapsedTimer t;
    t.start();
    runFor(seconds * 1000);
    const auto v1 = procStat(viewer->pid), x1 = xvfb ? procStat(xvfb->pid) : std::nullopt;
    f.seconds = t.nsecsElapsed() / 1e9;
    if (!v0 || !v1) {
        f.note = QStringLiteral("exited while measured: ") + QString::fromUtf8(p.readAll()).trimmed().right(300);
        return f;
    }
    f.viewerCpu = v1->cpuSeconds - v0->cpuSeconds;
    if (x0 && x1)
        f.xvfbCpu = x1->cpuSeconds - x0->cpuSeconds;
    stopViewer(p, program);
    return f;
}

// remote-viewer's own open-to-first-frame on SPICE, from spice-gtk's debug log (SPICE_DEBUG=1, GLib's
// HH:MM:SS.mmm stamps): from "New session" (spice_session_new, what SpiceSession::open() does first) to
// the display channel's first mark (the server sent the whole surface; SpiceSession completes its frame
// there too). The GTK start-up before the session is not counted. -1: not seen within 20 s.
double remoteViewerSpiceFirstFrameMs(const QString &netns, const QString &vvFile)
{
    QProcess p;
    if (!startViewer(p, netns, QStringLiteral("remote-viewer"), {vvFile}, {QStringLiteral("SPICE_DEBUG=1")}))
        return -1;
    QByteArray log;
    auto stamp = [&](const char *what) -> double {
        const qsizetype at = log.indexOf(what);
        if (at < 0)
            return -1;
        const qsizetype lineStart = log.lastIndexOf('\n', at) + 1;
        const QByteArray line = log.mid(lineStart, at - lineStart);
        // "(remote-viewer:123): GSpice-DEBUG: 02:45:09.179: ../src/..."
        const qsizetype colon = line.indexOf("DEBUG: ");
        if (colon < 0)
            return -1;
        const QList<QByteArray> hms = line.mid(colon + 7, 12).split(':');
        if (hms.size() < 3)
            return -1;
        return (hms[0].toInt() * 3600 + hms[1].toInt() * 60) * 1000.0 + hms[2].toDouble() * 1000;
    };
    (void)runUntil([&] { log += p.readAll(); return log.contains("display_handle_mark"); }, 20000, 20);
    const double from = stamp("spice-session.c:288 New session"), to = stamp("display_handle_mark");
    stopViewer(p, QStringLiteral("remote-viewer"));
    return from >= 0 && to >= from ? to - from : -1;
}

// A virt-viewer connection file: remote-viewer reads host, port and password from it (no prompt).
QString writeVvFile(const QString &dir, const QString &type, int port, const QString &password)
{
    const QString path = dir + QStringLiteral("/") + type + QStringLiteral(".vv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + path);
    f.write(QStringLiteral("[virt-viewer]\ntype=%1\nhost=127.0.0.1\nport=%2\npassword=%3\ndelete-this-file=0\n")
                .arg(type)
                .arg(port)
                .arg(password)
                .toUtf8());
    return path;
}

QString fmt(double v, int decimals = 1)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wallGuests = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 6;
    const int wallSessions = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 30;
    const int seconds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 10;
    const int opens = 10;
    const QString stateDir = envOr("STACKDESK_LIBVIRTD_STATE", SD_LIBVIRTD_STATE);
    const QString netns = netnsOf(stateDir);
    if (!QFile::exists(QStringLiteral("/run/netns/") + netns))
        fail(QStringLiteral("no namespace %1 for %2: start the fixtures' libvirtd first (see the header of "
                            "tests/bench/bench_consoles.cpp)").arg(netns, stateDir));

    Lab lab;
    lab.open();
    QElapsedTimer boot;
    boot.start();
    out << "Launching " << wallGuests << " test guests (1 vCPU, 128 MiB) on qemu:///system..." << Qt::endl;
    std::vector<Guest> guests = lab.launch(std::max(1, wallGuests));
    out << "  all shells answer after " << fmt(boot.elapsed() / 1000.0) << " s" << Qt::endl;
    Guest &guest0 = guests.front();
    const QString domain = guest0.endpoint.domainName;

    // Is there a VGA text console to scroll on?
    out << "\nGuest " << guest0.name << " (" << domain << "), graphics " << guest0.endpoint.graphics.join(u',') << Qt::endl;
    const QString consoles = guest0.shell->run(QStringLiteral("cat /proc/consoles; ls /dev/tty0 /dev/tty1; "
                                                            "cat /sys/class/vtconsole/vtcon*/name"));
    for (const QString &line : consoles.split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.contains(QLatin1String("SD-DONE")))
            out << "  guest> " << line.trimmed() << Qt::endl;
    if (!consoles.contains(QLatin1String("/dev/tty1")) || consoles.contains(QLatin1String("No such file")))
        fail(QStringLiteral("the guest has no /dev/tty1: no VGA text console to scroll on"));

    const int vncPort = graphicsPort(domain, QStringLiteral("vnc"));
    const int spicePort = graphicsPort(domain, QStringLiteral("spice"));
    const QString spiceVv = spicePort > 0 ? writeVvFile(lab.data.path(), QStringLiteral("spice"), spicePort,
                                                        guest0.endpoint.password)
                                          : QString();

    // 1. Time to first complete frame, idle screen.
    QList<FirstFrame> vncFirst, spiceFirst;
    for (int i = 0; i < opens; ++i) {
        vncFirst << firstFrame<VncSession>(guest0.endpoint);
        spiceFirst << firstFrame<SpiceSession>(guest0.endpoint);
    }
    auto phase = [](const QList<FirstFrame> &v, double FirstFrame::*field) {
        QList<double> values;
        for (const FirstFrame &f : v)
            values << f.*field;
        return values;
    };
    auto range = [](const QList<double> &v) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QStringLiteral("%1 (min %2, max %3)").arg(fmt(median(v)), fmt(*lo), fmt(*hi));
    };
    QList<double> rvSpiceFirst;
    const bool haveRemoteViewer = !QStandardPaths::findExecutable(QStringLiteral("remote-viewer")).isEmpty();
    for (int i = 0; haveRemoteViewer && spicePort > 0 && i < 5; ++i)
        if (const double ms = remoteViewerSpiceFirstFrameMs(netns, spiceVv); ms >= 0)
            rvSpiceFirst << ms;
    const double vncFirstMs = median(phase(vncFirst, &FirstFrame::complete));
    const double spiceFirstMs = median(phase(spiceFirst, &FirstFrame::complete));

    // 2. A busy screen: ls -l / in a loop on the VGA console.
    if (guest0.shell->run(QStringLiteral("(while true; do ls -l /; done) > /dev/tty1 2>&1 & echo $! > /tmp/busy.pid")).isNull())
        fail(QStringLiteral("the busy loop could not be started in ") + guest0.name);
    runFor(2000);
    const Busy idle = measureWindow(seconds, {});
    const auto vnc = busySession<VncSession>(guest0.endpoint, seconds);
    const auto spice = busySession<SpiceSession>(guest0.endpoint, seconds);

    // 3. The same screen in remote-viewer and TigerVNC's vncviewer.
    QList<ViewerFigures> viewers;
    if (vncPort > 0)
        viewers << runViewer(QStringLiteral("remote-viewer VNC"), netns, QStringLiteral("remote-viewer"),
                             {writeVvFile(lab.data.path(), QStringLiteral("vnc"), vncPort, guest0.endpoint.password)}, {},
                             seconds);
    if (spicePort > 0)
        viewers << runViewer(QStringLiteral("remote-viewer SPICE"), netns, QStringLiteral("remote-viewer"),
                             {spiceVv}, {}, seconds);
    if (vncPort > 0)
        viewers << runViewer(QStringLiteral("TigerVNC vncviewer"), netns, QStringLiteral("vncviewer"),
                             {QStringLiteral("-Shared=1"), QStringLiteral("127.0.0.1::%1").arg(vncPort)},
                             {QStringLiteral("VNC_PASSWORD=") + guest0.endpoint.password}, seconds);

    // 4. Classroom wall: every guest scrolls (a little slower, so that the guests' TCG vCPUs leave this
    // process some CPU), and wallSessions VNC sessions at 2 frames a second are spread over them.
    guest0.shell->run(QStringLiteral("kill $(cat /tmp/busy.pid)"));
    for (Guest &g : guests)
        if (g.shell->run(QStringLiteral("(while true; do ls -l /; usleep 250000; done) > /dev/tty1 2>&1 & true")).isNull())
            fail(QStringLiteral("the busy loop could not be started in ") + g.name);
    std::vector<std::unique_ptr<VncSession>> wall;
    std::vector<std::unique_ptr<FrameCounter>> wallCounters;
    QList<FrameCounter *> wallCounterPtrs;
    const double wallCpu0 = processCpuSeconds();
    QElapsedTimer wallClock;
    wallClock.start();
    for (int i = 0; i < wallSessions; ++i) {
        auto s = std::make_unique<VncSession>(guests[size_t(i) % guests.size()].endpoint);
        s->setMaxFrameRate(2);
        wallCounters.push_back(std::make_unique<FrameCounter>());
        wallCounters.back()->watch(s.get());
        wallCounterPtrs << wallCounters.back().get();
        s->open();
        wall.push_back(std::move(s));
    }
    auto completeCount = [&] {
        return int(std::count_if(wall.begin(), wall.end(), [](const auto &s) { return s->hasCompleteFrame(); }));
    };
    (void)runUntil([&] { return completeCount() == wallSessions; }, 60000);
    const double wallOpenS = wallClock.nsecsElapsed() / 1e9;
    const double wallOpenCpu = processCpuSeconds() - wallCpu0;
    const int wallComplete = completeCount();
    runFor(2000);
    const Busy wallBusy = measureWindow(seconds, wallCounterPtrs);
    const int wallConnected = int(std::count_if(wall.begin(), wall.end(), [](const auto &s) {
        return s->state() == GraphicsSession::State::Connected;
    }));
    for (auto &s : wall)
        s->close();
    wall.clear();
    // The same guests, scrolling, with no session open: what the process spends without the wall.
    runFor(1000);
    const Busy wallIdle = measureWindow(seconds, {});

    // ---- The figures.
    out << "\n=== Time from open() to the first complete frame (idle text screen, " << opens << " opens each, ms)\n";
    for (const auto &[name, v] : {std::pair{QStringLiteral("StackDesk VNC  "), vncFirst},
                                   std::pair{QStringLiteral("StackDesk SPICE"), spiceFirst}}) {
        out << "  " << name << " complete frame: median " << range(phase(v, &FirstFrame::complete)) << "\n";
        out << "                  medians of the steps: connected " << fmt(median(phase(v, &FirstFrame::connected)))
            << ", frame size known " << fmt(median(phase(v, &FirstFrame::sized))) << ", first update "
            << fmt(median(phase(v, &FirstFrame::firstUpdate))) << "\n";
    }
    if (!rvSpiceFirst.isEmpty())
        out << "  remote-viewer SPICE complete frame: median " << range(rvSpiceFirst) << " (" << rvSpiceFirst.size()
            << " opens; spice-gtk's log, New session to the display's first mark)\n";
    else
        out << "  remote-viewer SPICE: not measured (no display mark in its spice-gtk log)\n";
    out << "  remote-viewer VNC, vncviewer: not measured (no frame signal visible from outside the process)\n";
    out << "  target: under 300 ms -> VNC " << (vncFirstMs >= 0 && vncFirstMs < 300 ? "met" : "NOT met")
        << ", SPICE " << (spiceFirstMs >= 0 && spiceFirstMs < 300 ? "met" : "NOT met") << "\n";

    const QSize size = vnc ? vnc->size : spice ? spice->size : QSize();
    out << "\n=== Busy screen: `ls -l /` looping on the guest's VGA text console, " << seconds << " s each\n";
    out << "  process baseline, no session open: " << fmt(idle.cpuPercent()) << " % CPU (engine, libvirt, serial)\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("viewer"), -22)
               .arg(QStringLiteral("frames/s"), 9)
               .arg(QStringLiteral("updates/s"), 10)
               .arg(QStringLiteral("Mpixel/s"), 9)
               .arg(QStringLiteral("CPU %"), 7)
               .arg(QStringLiteral("net CPU %"), 10)
               .arg(QStringLiteral("net ms CPU/frame"), 17)
               .arg(QStringLiteral("net ms CPU/Mpixel"), 18);
    auto ours = [&](const QString &name, const std::optional<Busy> &b) {
        if (!b) {
            out << "  " << name << ": no complete frame within 30 s\n";
            return -1.0;
        }
        const double net = std::max(0.0, b->cpu - idle.cpu * b->seconds / idle.seconds);
        const double perFrame = b->frames ? 1000 * net / b->frames : -1;
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(name, -22)
                   .arg(fmt(b->fps()), 9)
                   .arg(fmt(b->updates / b->seconds), 10)
                   .arg(fmt(b->pixels / b->seconds / 1e6, 2), 9)
                   .arg(fmt(b->cpuPercent()), 7)
                   .arg(fmt(100 * net / b->seconds), 10)
                   .arg(fmt(perFrame, 2), 17)
                   .arg(fmt(b->pixels ? 1000 * net / (b->pixels / 1e6) : -1, 1), 18);
        return 100 * net / b->seconds;
    };
    const double vncNet = ours(QStringLiteral("StackDesk VNC"), vnc);
    const double spiceNet = ours(QStringLiteral("StackDesk SPICE"), spice);
    for (const ViewerFigures &v : viewers) {
        if (!v.note.isEmpty()) {
            out << "  " << v.name << ": not measured: " << v.note << "\n";
            continue;
        }
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8   (+ Xvfb %9 %)\n")
                   .arg(v.name, -22)
                   .arg(QStringLiteral("?"), 9)
                   .arg(QStringLiteral("?"), 10)
                   .arg(QStringLiteral("?"), 9)
                   .arg(fmt(100 * v.viewerCpu / v.seconds), 7)
                   .arg(fmt(100 * v.viewerCpu / v.seconds), 10)
                   .arg(QStringLiteral("?"), 17)
                   .arg(QStringLiteral("?"), 18)
                   .arg(fmt(100 * v.xvfbCpu / v.seconds));
    }
    out << "  (frames: bursts of updates " << FrameCounter::kFrameGapMs << " ms or more apart; frame size "
        << size.width() << "x" << size.height()
        << "; net: minus the baseline;\n   StackDesk's sessions decode into a QImage and paint nothing; the viewers also draw into Xvfb)\n";
    auto viewerCpu = [&](const QString &name) {
        for (const ViewerFigures &v : viewers)
            if (v.name == name && v.note.isEmpty() && v.seconds > 0)
                return 100 * v.viewerCpu / v.seconds;
        return -1.0;
    };
    out << "\n=== Ratios (CPU per second on the same busy screen; < 1: StackDesk spends less)\n";
    auto ratio = [&](const QString &label, double a, double b) {
        out << "  " << label << ": " << (a >= 0 && b > 0 ? fmt(a / b, 2) : QStringLiteral("-")) << "\n";
    };
    ratio(QStringLiteral("StackDesk VNC / remote-viewer VNC    "), vncNet, viewerCpu(QStringLiteral("remote-viewer VNC")));
    ratio(QStringLiteral("StackDesk VNC / TigerVNC vncviewer   "), vncNet, viewerCpu(QStringLiteral("TigerVNC vncviewer")));
    ratio(QStringLiteral("StackDesk SPICE / remote-viewer SPICE"), spiceNet,
          viewerCpu(QStringLiteral("remote-viewer SPICE")));
    ratio(QStringLiteral("first frame, StackDesk SPICE / remote-viewer SPICE"), spiceFirstMs,
          rvSpiceFirst.isEmpty() ? -1 : median(rvSpiceFirst));
    out << "  (CPU per frame of the external viewers cannot be computed: their frame count is not visible from\n"
           "   outside; at an equal or higher frame rate, a lower CPU per second is a lower CPU per frame)\n";

    out << "\n=== Classroom wall: " << wallSessions << " VNC sessions at setMaxFrameRate(2) over " << guests.size()
        << " scrolling guests, " << seconds << " s\n";
    out << "  complete first frames: " << wallComplete << "/" << wallSessions << " after " << fmt(wallOpenS, 2)
        << " s (CPU " << fmt(wallOpenCpu, 2) << " s to open them); connected at the end: " << wallConnected << "\n";
    const double wallNet = std::max(0.0, wallBusy.cpu - wallIdle.cpu * wallBusy.seconds / wallIdle.seconds);
    out << "  process CPU: " << fmt(wallBusy.cpuPercent()) << " % (baseline without sessions " << fmt(wallIdle.cpuPercent())
        << " %), net " << fmt(100 * wallNet / wallBusy.seconds) << " %\n";
    out << "  per session: " << fmt(100 * wallNet / wallBusy.seconds / wallSessions, 2) << " % CPU, "
        << fmt(double(wallBusy.frames) / wallBusy.seconds / wallSessions, 2) << " frames/s, "
        << fmt(wallBusy.frames ? 1000 * wallNet / wallBusy.frames : -1, 2) << " ms CPU/frame, "
        << fmt(wallBusy.pixels / wallBusy.seconds / wallSessions / 1e3, 1) << " kpixel/s, "
        << fmt(wallBusy.updates / wallBusy.seconds / wallSessions, 1) << " updates/s\n";
    out << Qt::flush;

    guests.clear();
    lab.removeAll();
    return 0;
}

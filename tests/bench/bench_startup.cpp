// Start-up figures on the demo lab: `stackctl --demo host list` cold wall time, and the desktop
// application's time from process start to its first painted main window (it reports that itself with
// --startup-time). Prints min / median / max over several runs in a fresh XDG_DATA_HOME.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Figures
{
    double min, median, max;
};

Figures summarize(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.first(), samples.at(samples.size() / 2), samples.last()};
}

QProcessEnvironment envFor(const QString &xdg)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdg);
    return env;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir xdg;
    const int runs = 15;

    // The first call creates the demo lab (hashing the admin password); measure the ones after it.
    QProcess seed;
    seed.setProcessEnvironment(envFor(xdg.path()));
    seed.start(QStringLiteral(STACKCTL_PATH), {QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list")});
    seed.waitForFinished(60000);

    QList<double> cli;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(envFor(xdg.path()));
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(STACKCTL_PATH), {QStringLiteral("--demo"), QStringLiteral("host"), QStringLiteral("list")});
        p.waitForFinished(60000);
        cli.append(t.nsecsElapsed() / 1e6);
        if (p.exitCode() != 0) {
            out << "stackctl failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
    }
    const Figures c = summarize(cli);
    out << QStringLiteral("stackctl --demo host list: min %1 ms, median %2 ms, max %3 ms over %4 runs (target < 100 ms)")
               .arg(c.min, 0, 'f', 1).arg(c.median, 0, 'f', 1).arg(c.max, 0, 'f', 1).arg(runs)
        << Qt::endl;

    // Wall time from exec to the line the application prints right after its first paint (so it includes
    // loading the binary and its libraries), and the application's own figure from main().
    QList<double> gui, guiInternal;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = envFor(xdg.path());
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(STACKDESK_PATH), {QStringLiteral("--demo"), QStringLiteral("--startup-time")});
        // It prints "login dialog painted after N ms", signs in as the demo administrator, then prints
        // "main window painted after N ms": the figure is the main window's.
        QString text;
        while (!text.contains(QStringLiteral("main window")) && p.waitForReadyRead(60000))
            text += QString::fromUtf8(p.readAllStandardOutput());
        while (!text.endsWith(QLatin1Char('\n')) && p.waitForReadyRead(60000))
            text += QString::fromUtf8(p.readAllStandardOutput());
        const double wall = t.nsecsElapsed() / 1e6;
        p.waitForFinished(60000);
        bool ok = false;
        const QString line = text.trimmed().section(QLatin1Char('\n'), -1);
        const double ms = line.section(QLatin1Char(' '), -2, -2).toDouble(&ok);
        if (!ok) {
            out << "stackdesk --startup-time printed no figure: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
        gui.append(wall);
        guiInternal.append(ms);
    }
    const Figures gi = summarize(guiInternal);
    out << QStringLiteral("stackdesk --demo main() to the main window's first paint (login dialog, demo admin sign-in): min %1 ms, median %2 ms, max %3 ms")
               .arg(gi.min, 0, 'f', 1).arg(gi.median, 0, 'f', 1).arg(gi.max, 0, 'f', 1)
        << Qt::endl;
    const Figures g = summarize(gui);
    out << QStringLiteral("stackdesk --demo exec to the main window's first paint: min %1 ms, median %2 ms, max %3 ms over %4 runs (target < 700 ms)")
               .arg(g.min, 0, 'f', 1).arg(g.median, 0, 'f', 1).arg(g.max, 0, 'f', 1).arg(runs)
        << Qt::endl;
    return 0;
}

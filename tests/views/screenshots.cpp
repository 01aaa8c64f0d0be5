// Writes PNGs of StackDesk's main panels on a fresh demo lab, for a person to look at:
//   xvfb-run -a -s "-screen 0 1440x900x24" sd_screenshots OUTDIR

#include "flavorshots.h"
#include "identityshots.h"
#include "imageshots.h"
#include "keypairshots.h"
#include "launchsourceshots.h"
#include "instanceshots.h"
#include "netsecurityshots.h"
#include "networkshots.h"
#include "servergroupshots.h"
#include "viewtestlab.h"
#include "volumeshots.h"

#include "dialogs/addhostdialog.h"
#include "dialogs/hostform.h"
#include "mainwindow.h"
#include "panels/hypervisorspanel.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>

using namespace sd;

namespace {
bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let charts and layouts settle
    const bool ok = widget->grab().save(path);
    qInfo().noquote() << (ok ? "wrote" : "FAILED") << path;
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppSettings::setIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Theme::apply(app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/sd-shots");
    QDir().mkpath(out);

    test::ViewTestLab lab;
    if (!lab.open() || !lab.waitUntilAllUp())
        return 1;

    MainWindow window(*lab.engine, lab.admin);
    // One finished task, so the Tasks dock shows what a task looks like.
    HostSpec spec;
    spec.name = QStringLiteral("compute-4");
    spec.uri = QStringLiteral("test:///default");
    spec.availabilityZone = QStringLiteral("zone-b");
    auto task = lab.engine->hosts().add(lab.admin, spec);
    if (!task || !lab.waitUntilAllUp())
        return 1;
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *hypervisors = window.findChild<HypervisorsPanel *>();
    hypervisors->selectHosts({QStringLiteral("compute-1")});
    emit lab.engine->notification(QStringLiteral("Host compute-2: connection lost; reconnecting in 5 s"),
                                  QStringLiteral("internal error: client socket is closed"));
    bool ok = save(&window, out + QStringLiteral("/hypervisors.png"));

    auto *dialog = new AddHostDialog(*lab.engine, lab.admin, &window);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return 1;
    QTest::keyClicks(dialog->form()->nameEdit(), QStringLiteral("compute 4"));
    QTest::keyClicks(dialog->form()->uriEdit(), QStringLiteral("qemu+ssh://admin@rack2-node4/system"));
    ok = save(dialog, out + QStringLiteral("/addhost-invalid.png")) && ok;
    dialog->form()->nameEdit()->setText(QStringLiteral("compute-4"));
    ok = save(dialog, out + QStringLiteral("/addhost.png")) && ok;
    dialog->close();

    window.showPanel(QStringLiteral("admin/system-information"));
    ok = save(&window, out + QStringLiteral("/systeminfo.png")) && ok;
    window.showPanel(QStringLiteral("settings/user"));
    ok = save(&window, out + QStringLiteral("/usersettings.png")) && ok;
    ok = test::shootFlavors(*lab.engine, lab.admin, window, out, save) && ok;
    ok = test::shootIdentity(*lab.engine, lab.admin, window, out, save) && ok;
    ok = test::shootImages(lab, out, save) && ok;
    ok = test::shootKeyPairs(*lab.engine, lab.admin, window, out, save) && ok;
    ok = test::shootServerGroups(*lab.engine, lab.admin, window, out, save) && ok;
    ok = test::shootNetworks(lab, out, save) && ok;
    ok = test::shootNetSecurity(lab, out, save) && ok;
    ok = test::shootInstances(lab, window, out, save) && ok;
    ok = test::shootVolumes(lab, window, out, save) && ok;
    ok = test::shootLaunchSources(lab, out, save) && ok;
    return ok ? 0 : 1;
}

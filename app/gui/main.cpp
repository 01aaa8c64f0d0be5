// stackdesk: the desktop console. Entry point only: options, translations, the Engine, then the sign-in
// flow (login dialog, main window, and the login dialog again after Sign Out).

#include "appsettings.h"
#include "mainwindow.h"
#include "dialogs/logindialog.h"
#include "firstpainttimer.h"
#include "signinflow.h"
#include "theme.h"

#include "demo/demolab.h"
#include "engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>

namespace {

// Shown once, when this start created the data dir's administrator: the password exists nowhere else
// (except the demo lab's README).
void showFirstRunPassword(const sd::Engine &engine)
{
    const QString password = engine.firstRunPassword();
    if (password.isEmpty())
        return;
    QString text =
        QApplication::translate("main", "Created the administrator 'admin' with password %1").arg(password);
    if (engine.isDemo())
        text += QApplication::translate("main", ", also saved in %1/README.txt").arg(engine.dataDir().path());
    else
        text += QApplication::translate("main", ". Write it down: StackDesk will not show it again.");
    QMessageBox box(QMessageBox::Information, QApplication::translate("main", "Administrator created"), text);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    FirstPaintTimer firstPaint;
    QApplication app(argc, argv);
    sd::AppSettings::setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("StackDesk"));
    QApplication::setApplicationVersion(QStringLiteral(STACKDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stackdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Admin console for private clouds on libvirt"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open (and on first use create) the demo lab."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Use the data dir DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption startupTime(
        QStringLiteral("startup-time"),
        QApplication::translate("main", "Print the time from start to the first painted window, then quit."));
    parser.addOptions({demo, dataDir, lang, startupTime});
    parser.process(app);

    // Before any window: every string after this goes through the chosen language.
    sd::AppSettings::installTranslations(&app, sd::AppSettings::effectiveLanguage(parser.value(lang)));
    sd::Theme::apply(app);

    sd::EngineOptions options;
    options.demo = parser.isSet(demo);
    if (options.demo)
        options.demoImage = sd::DemoLab::findImage();
    options.dataDir = parser.value(dataDir);
    auto engine = sd::Engine::open(options);
    if (!engine) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "StackDesk cannot start"),
                              engine.error().message +
                                  (engine.error().details.isEmpty()
                                       ? QString()
                                       : QStringLiteral("\n\n") + engine.error().details));
        return 1;
    }
    showFirstRunPassword(**engine);

    // The flow, not the last closed window, decides when StackDesk ends: Sign Out closes the main window
    // and carries on with the login dialog.
    QApplication::setQuitOnLastWindowClosed(false);
    sd::SignInFlow flow(**engine);
    QObject::connect(&flow, &sd::SignInFlow::finished, &app, &QApplication::quit, Qt::QueuedConnection);
    if (parser.isSet(startupTime)) {
        // The login dialog comes first; on the demo lab, sign in as its administrator at once and time the
        // main window with the Hypervisors panel as well.
        QObject::connect(&flow, &sd::SignInFlow::loginShown, &app, [&firstPaint](sd::LoginDialog *dialog) {
            QPushButton *demoAdmin = dialog->demoAdminButton();
            firstPaint.watch(dialog, QStringLiteral("login dialog"), !demoAdmin);
            if (demoAdmin)
                QTimer::singleShot(0, demoAdmin, &QPushButton::click);
        });
        QObject::connect(&flow, &sd::SignInFlow::mainWindowShown, &app, [&firstPaint](sd::MainWindow *window) {
            firstPaint.watch(window, QStringLiteral("main window"), true);
        });
    }
    flow.start();
    return app.exec();
}

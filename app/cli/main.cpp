// stackctl: the StackDesk command line, shaped like the OpenStack client (DESIGN.md §6).

#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The engine's hosts and tasks deliver their results through Qt's event loop, which the commands spin
    // while they wait; a QCoreApplication must exist for that.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("StackDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDESK_VERSION));

    // Messages follow the system locale (LANG=zh_CN.UTF-8 gives Chinese), like the desktop application.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stackdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    sd::cli::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}

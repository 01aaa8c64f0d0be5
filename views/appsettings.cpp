#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sd::AppSettings {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StackDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdesk"));
}

QString language()
{
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguage));
    else
        settings.setValue(QLatin1String(kLanguage), language);
}

QString effectiveLanguage(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString saved = language();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().name();
}

void installTranslations(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    // Parented to the application so they live as long as it does.
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/stackdesk_%1.qm").arg(language)))
        app->installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
}

void resetWindowLayout()
{
    QSettings settings;
    settings.remove(QLatin1String(kGeometry));
    settings.remove(QLatin1String(kWindowState));
}

} // namespace sd::AppSettings

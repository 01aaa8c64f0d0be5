#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

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
    // Qt's own dialog buttons: the "qt" catalogue includes qtbase; some languages ship only one of them.
    auto *qt = new QTranslator(app);
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"), qtPath) ||
        qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), qtPath))
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

QString lastUser()
{
    return QSettings().value(QLatin1String(kLastUser)).toString();
}

void setLastUser(const QString &userName)
{
    QSettings().setValue(QLatin1String(kLastUser), userName);
}

namespace {
int boundedValue(const char *key, int fallback)
{
    bool ok = false;
    const int value = QSettings().value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? std::clamp(value, 1, kMaxPerPage) : fallback;
}
} // namespace

int itemsPerPage()
{
    return boundedValue(kItemsPerPage, kDefaultItemsPerPage);
}

void setItemsPerPage(int rows)
{
    QSettings().setValue(QLatin1String(kItemsPerPage), std::clamp(rows, 1, kMaxPerPage));
}

int logLines()
{
    return boundedValue(kLogLines, kDefaultLogLines);
}

void setLogLines(int lines)
{
    QSettings().setValue(QLatin1String(kLogLines), std::clamp(lines, 1, kMaxPerPage));
}

} // namespace sd::AppSettings

#pragma once

#include <QString>

class QCoreApplication;

namespace sd {

// The few things StackDesk keeps in QSettings (organization "StackDesk", application "stackdesk"), named
// in one place so the settings panel, the main window and main() agree on the keys.
namespace AppSettings {

inline constexpr const char *kLanguage = "ui/language";
inline constexpr const char *kGeometry = "mainwindow/geometry";
inline constexpr const char *kWindowState = "mainwindow/state";
inline constexpr const char *kLastPanel = "mainwindow/panel";
// The user name of the last successful sign-in; never the password.
inline constexpr const char *kLastUser = "login/lastUser";
inline constexpr const char *kItemsPerPage = "ui/itemsPerPage";
inline constexpr const char *kLogLines = "ui/logLines";

// Horizon's limits and defaults (API_RESULT_LIMIT, API_RESULT_PAGE_SIZE, the instance log's 35 lines).
inline constexpr int kMaxPerPage = 1000;
inline constexpr int kDefaultItemsPerPage = 20;
inline constexpr int kDefaultLogLines = 35;

void setIdentity(); // organization and application names, before the first QSettings is made

// "" means: follow the system locale.
QString language();
void setLanguage(const QString &language);
// --lang wins, then the saved choice, then the system locale; gives a locale name such as "zh_CN".
QString effectiveLanguage(const QString &commandLine);
// Loads :/i18n/stackdesk_<language>.qm and Qt's own translations when they exist; a missing file only
// means English.
void installTranslations(QCoreApplication *app, const QString &language);

void resetWindowLayout();

QString lastUser();
void setLastUser(const QString &userName);
// Both clamped to 1..kMaxPerPage, whatever the file says.
int itemsPerPage();
void setItemsPerPage(int rows);
int logLines();
void setLogLines(int lines);

} // namespace AppSettings

} // namespace sd

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

} // namespace AppSettings

} // namespace sd

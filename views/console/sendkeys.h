#pragma once

#include "console/keystroke.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// The Send Key menu's content without the menu: the combinations a window system would otherwise
// catch (Ctrl+Alt+Del, switching virtual terminals), and custom combinations typed as "ctrl+alt+f5".
class SendKeys
{
    Q_DECLARE_TR_FUNCTIONS(sd::SendKeys)

public:
    struct Named
    {
        QString label; // as the menu shows it: "Ctrl+Alt+Del"
        KeyCombination keys;
    };

    // Ctrl+Alt+Del, Ctrl+Alt+Backspace, Print Screen, Alt+Tab: the menu's first entries.
    static QList<Named> common();
    // Ctrl+Alt+F1 .. Ctrl+Alt+F12: the virtual terminals of a Linux guest.
    static QList<Named> virtualTerminals();

    // "ctrl+alt+shift+f5" (case and spaces around + do not matter); the error names the unknown key.
    static Result<KeyCombination> parse(const QString &text);
    // One key by the names parse() accepts ("ctrl", "pgdn", "f5", "q"); nothing when unknown.
    static std::optional<KeyStroke> key(const QString &name);
    // The names parse() accepts, for the Custom dialog's hint.
    static QStringList keyNames();
};

} // namespace sd

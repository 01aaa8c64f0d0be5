#pragma once

#include "keystroke.h"

#include <QChar>

#include <optional>

namespace sd {

// The keys of a US PC keyboard that type printable ASCII: what a console types when it has to turn text
// into keystrokes (VNC has no clipboard for the guest). The scancode is the key's position; the guest's
// own layout decides what it types there, which is why typing assumes a US layout in the guest.
struct TypedKey
{
    KeyStroke key;
    bool shift = false;
};

class UsKeyboard
{
public:
    static std::optional<TypedKey> keyFor(QChar c);
    static KeyStroke shift() { return {0xffe1, 0x2a}; } // Shift_L
};

} // namespace sd

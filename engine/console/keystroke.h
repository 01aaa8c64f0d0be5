#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sd {

// One key as the consoles send it: the X keysym (what VNC's KeyEvent carries) and the PC XT set-1
// scancode (what SPICE and QEMU's extended VNC key event carry). Scancodes with the 0xe0 prefix are
// written with 0x100 added (Delete = 0x153), the form spice_inputs_channel_key_press() takes; the VNC
// session converts it to the RFB encoding. A scancode of 0 means "unknown": VNC then sends the keysym
// alone and the guest's keymap decides; SPICE cannot send the key.
struct KeyStroke
{
    quint32 keysym = 0;
    quint32 scancode = 0;

    bool isValid() const { return keysym != 0 || scancode != 0; }
    bool operator==(const KeyStroke &) const = default;
};

using KeyCombination = QList<KeyStroke>;

} // namespace sd

Q_DECLARE_METATYPE(sd::KeyStroke)

#pragma once

#include "console/keystroke.h"

#include <Qt>

class QKeyEvent;
class QString;

namespace sd {

// Turns a key the user pressed into what the consoles send: the X keysym (what the user's layout
// produced: VNC's KeyEvent) and the PC XT scancode of the physical key (SPICE, QEMU's extended key
// event), so a German or French keyboard types into the guest through the guest's own layout.
namespace KeyTranslate {

// From the native codes where the platform has them (xcb, Wayland, Windows), else from the tables below.
KeyStroke fromEvent(const QKeyEvent &event);

// The keysym for a Qt key: Latin-1 text maps to the same keysym, other Unicode to 0x01000000 | ucs,
// function, cursor, editing, modifier and keypad keys to their XK_ names. 0 when there is none.
quint32 keysym(int key, Qt::KeyboardModifiers modifiers, const QString &text);

// The XT set-1 scancode of a Linux evdev key code (extended keys with 0x100 added); 0 when unknown.
quint32 scancodeFromEvdev(quint32 evdev);

// The XT set-1 scancode of the key that produces `key` on a US layout: for events without native
// codes (offscreen, synthetic events in tests) and for the Send Key menu. 0 when unknown.
quint32 usScancode(int key, Qt::KeyboardModifiers modifiers = {});

// Both, for a key named by its Qt::Key (letters lower-case): what the Send Key combinations press.
KeyStroke stroke(int key, Qt::KeyboardModifiers modifiers = {});

} // namespace KeyTranslate

} // namespace sd

#include "keytranslate.h"

#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>

namespace sd::KeyTranslate {

namespace {

// X keysyms (X11/keysymdef.h) of the keys that have no text.
constexpr quint32 XK_BackSpace = 0xff08, XK_Tab = 0xff09, XK_Return = 0xff0d, XK_Pause = 0xff13,
                  XK_Scroll_Lock = 0xff14, XK_Sys_Req = 0xff15, XK_Escape = 0xff1b, XK_Home = 0xff50,
                  XK_Left = 0xff51, XK_Up = 0xff52, XK_Right = 0xff53, XK_Down = 0xff54, XK_Page_Up = 0xff55,
                  XK_Page_Down = 0xff56, XK_End = 0xff57, XK_Print = 0xff61, XK_Insert = 0xff63,
                  XK_Menu = 0xff67, XK_Num_Lock = 0xff7f, XK_KP_Enter = 0xff8d, XK_KP_Home = 0xff95,
                  XK_KP_Left = 0xff96, XK_KP_Up = 0xff97, XK_KP_Right = 0xff98, XK_KP_Down = 0xff99,
                  XK_KP_Page_Up = 0xff9a, XK_KP_Page_Down = 0xff9b, XK_KP_End = 0xff9c, XK_KP_Begin = 0xff9d,
                  XK_KP_Insert = 0xff9e, XK_KP_Delete = 0xff9f, XK_KP_Multiply = 0xffaa, XK_KP_Add = 0xffab,
                  XK_KP_Separator = 0xffac, XK_KP_Subtract = 0xffad, XK_KP_Decimal = 0xffae,
                  XK_KP_Divide = 0xffaf, XK_KP_0 = 0xffb0, XK_F1 = 0xffbe, XK_Shift_L = 0xffe1,
                  XK_Control_L = 0xffe3, XK_Caps_Lock = 0xffe5, XK_Alt_L = 0xffe9, XK_Super_L = 0xffeb,
                  XK_Super_R = 0xffec, XK_Delete = 0xffff, XK_ISO_Level3_Shift = 0xfe03;

quint32 keypadKeysym(int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return XK_KP_0 + quint32(key - Qt::Key_0);
    switch (key) {
    case Qt::Key_Asterisk:
        return XK_KP_Multiply;
    case Qt::Key_Plus:
        return XK_KP_Add;
    case Qt::Key_Comma:
        return XK_KP_Separator;
    case Qt::Key_Minus:
        return XK_KP_Subtract;
    case Qt::Key_Period:
        return XK_KP_Decimal;
    case Qt::Key_Slash:
        return XK_KP_Divide;
    case Qt::Key_Enter:
    case Qt::Key_Return:
        return XK_KP_Enter;
    // Num Lock off: the keypad's second meaning.
    case Qt::Key_Home:
        return XK_KP_Home;
    case Qt::Key_Left:
        return XK_KP_Left;
    case Qt::Key_Up:
        return XK_KP_Up;
    case Qt::Key_Right:
        return XK_KP_Right;
    case Qt::Key_Down:
        return XK_KP_Down;
    case Qt::Key_PageUp:
        return XK_KP_Page_Up;
    case Qt::Key_PageDown:
        return XK_KP_Page_Down;
    case Qt::Key_End:
        return XK_KP_End;
    case Qt::Key_Clear:
        return XK_KP_Begin;
    case Qt::Key_Insert:
        return XK_KP_Insert;
    case Qt::Key_Delete:
        return XK_KP_Delete;
    default:
        return 0;
    }
}

quint32 specialKeysym(int key)
{
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return XK_F1 + quint32(key - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Backspace:
        return XK_BackSpace;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return XK_Tab; // Shift+Tab: the guest sees Shift held
    case Qt::Key_Return:
        return XK_Return;
    case Qt::Key_Enter:
        return XK_KP_Enter;
    case Qt::Key_Escape:
        return XK_Escape;
    case Qt::Key_Insert:
        return XK_Insert;
    case Qt::Key_Delete:
        return XK_Delete;
    case Qt::Key_Pause:
        return XK_Pause;
    case Qt::Key_Print:
        return XK_Print;
    case Qt::Key_SysReq:
        return XK_Sys_Req;
    case Qt::Key_Home:
        return XK_Home;
    case Qt::Key_End:
        return XK_End;
    case Qt::Key_Left:
        return XK_Left;
    case Qt::Key_Up:
        return XK_Up;
    case Qt::Key_Right:
        return XK_Right;
    case Qt::Key_Down:
        return XK_Down;
    case Qt::Key_PageUp:
        return XK_Page_Up;
    case Qt::Key_PageDown:
        return XK_Page_Down;
    case Qt::Key_Shift:
        return XK_Shift_L;
    case Qt::Key_Control:
        return XK_Control_L;
    case Qt::Key_Alt:
        return XK_Alt_L;
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
        return XK_Super_L;
    case Qt::Key_Super_R:
        return XK_Super_R;
    case Qt::Key_AltGr:
        return XK_ISO_Level3_Shift;
    case Qt::Key_CapsLock:
        return XK_Caps_Lock;
    case Qt::Key_NumLock:
        return XK_Num_Lock;
    case Qt::Key_ScrollLock:
        return XK_Scroll_Lock;
    case Qt::Key_Menu:
        return XK_Menu;
    case Qt::Key_Space:
        return 0x20;
    default:
        return 0;
    }
}

quint32 unicodeKeysym(char32_t ucs)
{
    // Latin-1's printable characters are their own keysyms; the rest of Unicode is 0x01000000 + ucs.
    if ((ucs >= 0x20 && ucs <= 0x7e) || (ucs >= 0xa0 && ucs <= 0xff))
        return quint32(ucs);
    if (ucs < 0x20 || (ucs >= 0x7f && ucs < 0xa0))
        return 0; // a control character (Ctrl+A's text): the key decides
    return 0x01000000u | quint32(ucs);
}

// The physical keys of a US keyboard, by what they type unshifted and shifted.
const QHash<int, quint32> &usKeys()
{
    static const QHash<int, quint32> keys = [] {
        QHash<int, quint32> k;
        const char *rows[] = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'`", "\\zxcvbnm,./"};
        const char *shifted[] = {"!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"~", "|ZXCVBNM<>?"};
        const quint32 firsts[] = {0x02, 0x10, 0x1e, 0x2b};
        for (int row = 0; row < 4; ++row) {
            for (int i = 0; rows[row][i]; ++i) {
                const quint32 code = firsts[row] + quint32(i);
                // Qt::Key values of printable keys are their upper-case Latin-1 codes.
                k.insert(QChar::toUpper(char32_t(rows[row][i])), code);
                k.insert(QChar::toUpper(char32_t(shifted[row][i])), code);
            }
        }
        k.insert(Qt::Key_Escape, 0x01);
        k.insert(Qt::Key_Backspace, 0x0e);
        k.insert(Qt::Key_Tab, 0x0f);
        k.insert(Qt::Key_Backtab, 0x0f);
        k.insert(Qt::Key_Return, 0x1c);
        k.insert(Qt::Key_Control, 0x1d);
        k.insert(Qt::Key_Shift, 0x2a);
        k.insert(Qt::Key_Alt, 0x38);
        k.insert(Qt::Key_Space, 0x39);
        k.insert(Qt::Key_CapsLock, 0x3a);
        for (int f = 0; f < 10; ++f)
            k.insert(Qt::Key_F1 + f, 0x3b + quint32(f));
        k.insert(Qt::Key_F11, 0x57);
        k.insert(Qt::Key_F12, 0x58);
        k.insert(Qt::Key_NumLock, 0x45);
        k.insert(Qt::Key_ScrollLock, 0x46);
        k.insert(Qt::Key_Enter, 0x11c);
        k.insert(Qt::Key_AltGr, 0x138);
        k.insert(Qt::Key_Print, 0x137);
        k.insert(Qt::Key_SysReq, 0x137);
        k.insert(Qt::Key_Home, 0x147);
        k.insert(Qt::Key_Up, 0x148);
        k.insert(Qt::Key_PageUp, 0x149);
        k.insert(Qt::Key_Left, 0x14b);
        k.insert(Qt::Key_Right, 0x14d);
        k.insert(Qt::Key_End, 0x14f);
        k.insert(Qt::Key_Down, 0x150);
        k.insert(Qt::Key_PageDown, 0x151);
        k.insert(Qt::Key_Insert, 0x152);
        k.insert(Qt::Key_Delete, 0x153);
        k.insert(Qt::Key_Meta, 0x15b);
        k.insert(Qt::Key_Super_L, 0x15b);
        k.insert(Qt::Key_Super_R, 0x15c);
        k.insert(Qt::Key_Menu, 0x15d);
        return k;
    }();
    return keys;
}

quint32 usKeypadScancode(int key)
{
    switch (key) {
    case Qt::Key_7:
    case Qt::Key_Home:
        return 0x47;
    case Qt::Key_8:
    case Qt::Key_Up:
        return 0x48;
    case Qt::Key_9:
    case Qt::Key_PageUp:
        return 0x49;
    case Qt::Key_Minus:
        return 0x4a;
    case Qt::Key_4:
    case Qt::Key_Left:
        return 0x4b;
    case Qt::Key_5:
    case Qt::Key_Clear:
        return 0x4c;
    case Qt::Key_6:
    case Qt::Key_Right:
        return 0x4d;
    case Qt::Key_Plus:
        return 0x4e;
    case Qt::Key_1:
    case Qt::Key_End:
        return 0x4f;
    case Qt::Key_2:
    case Qt::Key_Down:
        return 0x50;
    case Qt::Key_3:
    case Qt::Key_PageDown:
        return 0x51;
    case Qt::Key_0:
    case Qt::Key_Insert:
        return 0x52;
    case Qt::Key_Period:
    case Qt::Key_Comma:
    case Qt::Key_Delete:
        return 0x53;
    case Qt::Key_Asterisk:
        return 0x37;
    case Qt::Key_Slash:
        return 0x135;
    case Qt::Key_Enter:
    case Qt::Key_Return:
        return 0x11c;
    default:
        return 0;
    }
}

enum class Native
{
    None,
    Xkb,
    Windows
};

Native nativeKind()
{
    static const Native kind = [] {
        const QString platform = QGuiApplication::platformName();
        if (platform == QLatin1String("xcb") || platform.startsWith(QLatin1String("wayland")))
            return Native::Xkb;
        if (platform == QLatin1String("windows"))
            return Native::Windows;
        return Native::None;
    }();
    return kind;
}

} // namespace

quint32 keysym(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    if (modifiers & Qt::KeypadModifier) {
        if (const quint32 sym = keypadKeysym(key))
            return sym;
    }
    if (const quint32 sym = specialKeysym(key))
        return sym;
    if (!text.isEmpty()) {
        const QList<uint> ucs = text.toUcs4();
        if (ucs.size() == 1) {
            if (const quint32 sym = unicodeKeysym(ucs.first()))
                return sym;
        }
    }
    // No usable text (Ctrl+A, or a synthetic event): the key itself, lower-case unless Shift is held.
    if (key >= 0x20 && key <= 0x10ffff && key != Qt::Key_unknown) {
        char32_t ucs = char32_t(key);
        if (!(modifiers & Qt::ShiftModifier))
            ucs = QChar::toLower(ucs);
        return unicodeKeysym(ucs);
    }
    return 0;
}

quint32 scancodeFromEvdev(quint32 evdev)
{
    // Below 84 the evdev codes are the XT codes themselves (both descend from the PC keyboard).
    if (evdev >= 1 && evdev <= 83)
        return evdev;
    switch (evdev) {
    case 86:
        return 0x56; // KEY_102ND: the ISO key between left Shift and Z
    case 87:
        return 0x57; // KEY_F11
    case 88:
        return 0x58; // KEY_F12
    case 89:
        return 0x73; // KEY_RO
    case 92:
        return 0x79; // KEY_HENKAN
    case 93:
        return 0x70; // KEY_KATAKANAHIRAGANA
    case 94:
        return 0x7b; // KEY_MUHENKAN
    case 96:
        return 0x11c; // KEY_KPENTER
    case 97:
        return 0x11d; // KEY_RIGHTCTRL
    case 98:
        return 0x135; // KEY_KPSLASH
    case 99:
        return 0x137; // KEY_SYSRQ (Print Screen)
    case 100:
        return 0x138; // KEY_RIGHTALT (AltGr)
    case 102:
        return 0x147; // KEY_HOME
    case 103:
        return 0x148; // KEY_UP
    case 104:
        return 0x149; // KEY_PAGEUP
    case 105:
        return 0x14b; // KEY_LEFT
    case 106:
        return 0x14d; // KEY_RIGHT
    case 107:
        return 0x14f; // KEY_END
    case 108:
        return 0x150; // KEY_DOWN
    case 109:
        return 0x151; // KEY_PAGEDOWN
    case 110:
        return 0x152; // KEY_INSERT
    case 111:
        return 0x153; // KEY_DELETE
    case 113:
        return 0x120; // KEY_MUTE
    case 114:
        return 0x12e; // KEY_VOLUMEDOWN
    case 115:
        return 0x130; // KEY_VOLUMEUP
    case 116:
        return 0x15e; // KEY_POWER
    case 117:
        return 0x59; // KEY_KPEQUAL
    case 121:
        return 0x7e; // KEY_KPCOMMA
    case 124:
        return 0x7d; // KEY_YEN
    case 125:
        return 0x15b; // KEY_LEFTMETA
    case 126:
        return 0x15c; // KEY_RIGHTMETA
    case 127:
        return 0x15d; // KEY_COMPOSE (Menu)
    default:
        return 0;
    }
}

quint32 usScancode(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::KeypadModifier) {
        if (const quint32 code = usKeypadScancode(key))
            return code;
    }
    return usKeys().value(key, 0);
}

KeyStroke stroke(int key, Qt::KeyboardModifiers modifiers)
{
    return KeyStroke{keysym(key, modifiers, QString()), usScancode(key, modifiers)};
}

KeyStroke fromEvent(const QKeyEvent &event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers modifiers = event.modifiers();
    KeyStroke stroke;
    switch (nativeKind()) {
    case Native::Xkb:
        // xkb: the virtual key is the keysym the user's layout produced, the scan code the X keycode,
        // which is the evdev code + 8.
        stroke.keysym = event.nativeVirtualKey();
        if (event.nativeScanCode() > 8)
            stroke.scancode = scancodeFromEvdev(event.nativeScanCode() - 8);
        break;
    case Native::Windows:
        // Windows reports the set-1 scancode, with 0x100 for the extended (0xe0) keys.
        stroke.scancode = event.nativeScanCode();
        break;
    case Native::None:
        break;
    }
    if (stroke.keysym == 0)
        stroke.keysym = keysym(key, modifiers, event.text());
    if (stroke.scancode == 0)
        stroke.scancode = usScancode(key, modifiers);
    return stroke;
}

} // namespace sd::KeyTranslate

// Keys to keysyms and scancodes: the keysym is what the user's layout produced, the scancode the
// physical key, so a non-US keyboard types through the guest's own layout.

#include "keystrokeprint.h"

#include "console/keytranslate.h"

#include <QKeyEvent>
#include <QTest>

using namespace sd;

class TestKeyTranslate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evdevCodesBecomeXtScancodes_data()
    {
        QTest::addColumn<quint32>("evdev");
        QTest::addColumn<quint32>("scancode");
        QTest::newRow("Esc") << 1u << 0x01u;
        QTest::newRow("A") << 30u << 0x1eu;
        QTest::newRow("keypad .") << 83u << 0x53u;
        QTest::newRow("ISO <>") << 86u << 0x56u;
        QTest::newRow("F11") << 87u << 0x57u;
        QTest::newRow("F12") << 88u << 0x58u;
        QTest::newRow("keypad Enter") << 96u << 0x11cu;
        QTest::newRow("right Ctrl") << 97u << 0x11du;
        QTest::newRow("keypad /") << 98u << 0x135u;
        QTest::newRow("SysRq") << 99u << 0x137u;
        QTest::newRow("AltGr") << 100u << 0x138u;
        QTest::newRow("Home") << 102u << 0x147u;
        QTest::newRow("Up") << 103u << 0x148u;
        QTest::newRow("PageUp") << 104u << 0x149u;
        QTest::newRow("Left") << 105u << 0x14bu;
        QTest::newRow("Right") << 106u << 0x14du;
        QTest::newRow("End") << 107u << 0x14fu;
        QTest::newRow("Down") << 108u << 0x150u;
        QTest::newRow("PageDown") << 109u << 0x151u;
        QTest::newRow("Insert") << 110u << 0x152u;
        QTest::newRow("Delete") << 111u << 0x153u;
        QTest::newRow("left Meta") << 125u << 0x15bu;
        QTest::newRow("right Meta") << 126u << 0x15cu;
        QTest::newRow("Menu") << 127u << 0x15du;
        QTest::newRow("unknown") << 240u << 0u;
        QTest::newRow("none") << 0u << 0u;
    }

    void evdevCodesBecomeXtScancodes()
    {
        QFETCH(quint32, evdev);
        QFETCH(quint32, scancode);
        QCOMPARE(KeyTranslate::scancodeFromEvdev(evdev), scancode);
    }

    void keysymsFollowWhatWasTyped_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("keysym");
        QTest::newRow("a") << int(Qt::Key_A) << 0 << "a" << 0x61u;
        QTest::newRow("Shift+A") << int(Qt::Key_A) << int(Qt::ShiftModifier) << "A" << 0x41u;
        QTest::newRow("Ctrl+A: control text")
            << int(Qt::Key_A) << int(Qt::ControlModifier) << "\x01" << 0x61u;
        QTest::newRow("no text") << int(Qt::Key_Q) << 0 << "" << 0x71u;
        QTest::newRow("German ö") << int(Qt::Key_Odiaeresis) << 0 << "ö" << 0xf6u;
        QTest::newRow("French é") << int(Qt::Key_Eacute) << 0 << "é" << 0xe9u;
        QTest::newRow("Russian ж") << 0x416 << 0 << "ж" << 0x01000436u;
        QTest::newRow("euro") << int(Qt::Key_unknown) << 0 << "€" << 0x010020acu;
        QTest::newRow("AZERTY 2 is é") << int(Qt::Key_Eacute) << 0 << "é" << 0xe9u;
        QTest::newRow("F1") << int(Qt::Key_F1) << 0 << "" << 0xffbeu;
        QTest::newRow("F12") << int(Qt::Key_F12) << 0 << "" << 0xffc9u;
        QTest::newRow("Return") << int(Qt::Key_Return) << 0 << "\r" << 0xff0du;
        QTest::newRow("Tab") << int(Qt::Key_Tab) << 0 << "\t" << 0xff09u;
        QTest::newRow("Backspace") << int(Qt::Key_Backspace) << 0 << "\b" << 0xff08u;
        QTest::newRow("Escape") << int(Qt::Key_Escape) << 0 << "\x1b" << 0xff1bu;
        QTest::newRow("Delete") << int(Qt::Key_Delete) << 0 << "\x7f" << 0xffffu;
        QTest::newRow("Home") << int(Qt::Key_Home) << 0 << "" << 0xff50u;
        QTest::newRow("PageDown") << int(Qt::Key_PageDown) << 0 << "" << 0xff56u;
        QTest::newRow("Shift") << int(Qt::Key_Shift) << 0 << "" << 0xffe1u;
        QTest::newRow("Control") << int(Qt::Key_Control) << 0 << "" << 0xffe3u;
        QTest::newRow("Alt") << int(Qt::Key_Alt) << 0 << "" << 0xffe9u;
        QTest::newRow("Super") << int(Qt::Key_Meta) << 0 << "" << 0xffebu;
        QTest::newRow("AltGr") << int(Qt::Key_AltGr) << 0 << "" << 0xfe03u;
        QTest::newRow("keypad 5") << int(Qt::Key_5) << int(Qt::KeypadModifier) << "5" << 0xffb5u;
        QTest::newRow("keypad *") << int(Qt::Key_Asterisk) << int(Qt::KeypadModifier) << "*" << 0xffaau;
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << "\r" << 0xff8du;
        QTest::newRow("keypad Home") << int(Qt::Key_Home) << int(Qt::KeypadModifier) << "" << 0xff95u;
        QTest::newRow("space") << int(Qt::Key_Space) << 0 << " " << 0x20u;
    }

    void keysymsFollowWhatWasTyped()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, text);
        QFETCH(quint32, keysym);
        QCOMPARE(KeyTranslate::keysym(key, Qt::KeyboardModifiers(modifiers), text), keysym);
    }

    void withoutNativeCodesTheUsLayoutGivesThePhysicalKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<quint32>("scancode");
        QTest::newRow("a") << int(Qt::Key_A) << 0 << 0x1eu;
        QTest::newRow("!") << int(Qt::Key_Exclam) << int(Qt::ShiftModifier) << 0x02u;
        QTest::newRow("?") << int(Qt::Key_Question) << int(Qt::ShiftModifier) << 0x35u;
        QTest::newRow("/") << int(Qt::Key_Slash) << 0 << 0x35u;
        QTest::newRow("keypad /") << int(Qt::Key_Slash) << int(Qt::KeypadModifier) << 0x135u;
        QTest::newRow("keypad 7") << int(Qt::Key_7) << int(Qt::KeypadModifier) << 0x47u;
        QTest::newRow("7") << int(Qt::Key_7) << 0 << 0x08u;
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << 0x11cu;
        QTest::newRow("backslash") << int(Qt::Key_Backslash) << 0 << 0x2bu;
        QTest::newRow("`") << int(Qt::Key_QuoteLeft) << 0 << 0x29u;
        QTest::newRow("Delete") << int(Qt::Key_Delete) << 0 << 0x153u;
        QTest::newRow("Print") << int(Qt::Key_Print) << 0 << 0x137u;
        QTest::newRow("F10") << int(Qt::Key_F10) << 0 << 0x44u;
        QTest::newRow("F11") << int(Qt::Key_F11) << 0 << 0x57u;
        QTest::newRow("é: not on a US keyboard") << int(Qt::Key_Eacute) << 0 << 0u;
    }

    void withoutNativeCodesTheUsLayoutGivesThePhysicalKey()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(quint32, scancode);
        QCOMPARE(KeyTranslate::usScancode(key, Qt::KeyboardModifiers(modifiers)), scancode);
    }

    void eventsWithoutNativeCodesUseTheTables()
    {
        // The offscreen platform has no native codes, as synthetic events.
        const QKeyEvent event(QEvent::KeyPress, Qt::Key_Z, Qt::NoModifier, QStringLiteral("z"));
        QCOMPARE(KeyTranslate::fromEvent(event), (KeyStroke{0x7a, 0x2c}));
        const QKeyEvent german(QEvent::KeyPress, Qt::Key_Odiaeresis, Qt::NoModifier, QStringLiteral("ö"));
        QCOMPARE(KeyTranslate::fromEvent(german), (KeyStroke{0xf6, 0}));
    }
};

QTEST_MAIN(TestKeyTranslate)
#include "tst_keytranslate.moc"

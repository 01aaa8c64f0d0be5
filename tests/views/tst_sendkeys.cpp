// The Send Key menu's combinations and the parser of custom ones.

#include "keystrokeprint.h"

#include "console/sendkeys.h"

#include <QTest>

using namespace sd;

namespace {
const KeyStroke ctrl{0xffe3, 0x1d}, alt{0xffe9, 0x38}, shift{0xffe1, 0x2a}, del{0xffff, 0x153},
    backspace{0xff08, 0x0e};
}

class TestSendKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commonCombinationsComeFirst()
    {
        const QList<SendKeys::Named> common = SendKeys::common();
        QCOMPARE(common.size(), 4);
        QCOMPARE(common.at(0).label, QStringLiteral("Ctrl+Alt+Del"));
        QCOMPARE(common.at(0).keys, (KeyCombination{ctrl, alt, del}));
        QCOMPARE(common.at(1).label, QStringLiteral("Ctrl+Alt+Backspace"));
        QCOMPARE(common.at(1).keys, (KeyCombination{ctrl, alt, backspace}));
        QCOMPARE(common.at(2).keys, (KeyCombination{KeyStroke{0xff61, 0x137}}));
        QCOMPARE(common.at(3).keys, (KeyCombination{alt, KeyStroke{0xff09, 0x0f}}));
    }

    void virtualTerminalsAreCtrlAltF1ToF12()
    {
        const QList<SendKeys::Named> terminals = SendKeys::virtualTerminals();
        QCOMPARE(terminals.size(), 12);
        QCOMPARE(terminals.at(0).label, QStringLiteral("Ctrl+Alt+F1"));
        QCOMPARE(terminals.at(0).keys, (KeyCombination{ctrl, alt, KeyStroke{0xffbe, 0x3b}}));
        QCOMPARE(terminals.at(9).keys.last(), (KeyStroke{0xffc7, 0x44}));
        // F11 and F12 are not next to F10 in the XT set.
        QCOMPARE(terminals.at(10).keys.last(), (KeyStroke{0xffc8, 0x57}));
        QCOMPARE(terminals.at(11).label, QStringLiteral("Ctrl+Alt+F12"));
        QCOMPARE(terminals.at(11).keys.last(), (KeyStroke{0xffc9, 0x58}));
    }

    void customCombinationsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<KeyCombination>("keys");
        QTest::newRow("four keys") << "ctrl+alt+shift+f5"
                                   << KeyCombination{ctrl, alt, shift, KeyStroke{0xffc2, 0x3f}};
        QTest::newRow("case and spaces") << " Ctrl + ALT + Del " << KeyCombination{ctrl, alt, del};
        QTest::newRow("aliases") << "control+delete" << KeyCombination{ctrl, del};
        QTest::newRow("win") << "win+l" << KeyCombination{KeyStroke{0xffeb, 0x15b}, KeyStroke{0x6c, 0x26}};
        QTest::newRow("super") << "super+e"
                               << KeyCombination{KeyStroke{0xffeb, 0x15b}, KeyStroke{0x65, 0x12}};
        QTest::newRow("altgr") << "altgr+q"
                               << KeyCombination{KeyStroke{0xfe03, 0x138}, KeyStroke{0x71, 0x10}};
        QTest::newRow("digit") << "alt+1" << KeyCombination{alt, KeyStroke{0x31, 0x02}};
        QTest::newRow("navigation") << "shift+pgdn" << KeyCombination{shift, KeyStroke{0xff56, 0x151}};
        QTest::newRow("one key") << "print" << KeyCombination{KeyStroke{0xff61, 0x137}};
        QTest::newRow("enter") << "ctrl+enter" << KeyCombination{ctrl, KeyStroke{0xff0d, 0x1c}};
        QTest::newRow("esc") << "ctrl+shift+esc" << KeyCombination{ctrl, shift, KeyStroke{0xff1b, 0x01}};
        QTest::newRow("space") << "ctrl+space" << KeyCombination{ctrl, KeyStroke{0x20, 0x39}};
        QTest::newRow("arrows") << "up+down+left+right"
                                << KeyCombination{KeyStroke{0xff52, 0x148}, KeyStroke{0xff54, 0x150},
                                                  KeyStroke{0xff51, 0x14b}, KeyStroke{0xff53, 0x14d}};
    }

    void customCombinationsParse()
    {
        QFETCH(QString, text);
        QFETCH(KeyCombination, keys);
        const Result<KeyCombination> parsed = SendKeys::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), keys);
    }

    void badCombinationsNameTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << "ctrl+alt+foo"
                                     << "Key combination \"ctrl+alt+foo\": \"foo\" is not a key name";
        QTest::newRow("f13") << "ctrl+F13"
                             << "Key combination \"ctrl+F13\": \"F13\" is not a key name";
        QTest::newRow("two letters") << "ab"
                                     << "Key combination \"ab\": \"ab\" is not a key name";
        QTest::newRow("missing key") << "ctrl++a"
                                     << "Key combination \"ctrl++a\": a key name is missing between two +";
        QTest::newRow("trailing plus") << "ctrl+"
                                       << "Key combination \"ctrl+\": a key name is missing between two +";
        QTest::newRow("twice") << "ctrl+control+x"
                               << "Key combination \"ctrl+control+x\": \"control\" is in it twice";
        QTest::newRow("empty") << "  "
                               << "Key combination: type key names joined by +, for example ctrl+alt+f2";
    }

    void badCombinationsNameTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<KeyCombination> parsed = SendKeys::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, error);
    }

    void everyListedNameParses()
    {
        for (const QString &name : SendKeys::keyNames()) {
            if (name.contains(QChar(0x2026))) // "f1…f12": a range, not a name
                continue;
            QVERIFY2(SendKeys::key(name).has_value(), qPrintable(name));
            QVERIFY2(SendKeys::key(name)->scancode != 0, qPrintable(name));
        }
        for (const char *name : {"f1", "f12", "a", "z", "0", "9"})
            QVERIFY2(SendKeys::key(QLatin1String(name)).has_value(), name);
    }
};

QTEST_GUILESS_MAIN(TestSendKeys)
#include "tst_sendkeys.moc"

#pragma once

// Prints a KeyStroke in QCOMPARE's failure messages: {keysym 0x61, scancode 0x1e}.

#include "console/keystroke.h"

#include <QTest>

namespace sd {
inline char *toString(const KeyStroke &key)
{
    return QTest::toString(
        QStringLiteral("{keysym 0x%1, scancode 0x%2}").arg(key.keysym, 0, 16).arg(key.scancode, 0, 16));
}
} // namespace sd

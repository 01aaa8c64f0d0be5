#include "uskeyboard.h"

namespace sd {

namespace {

// Rows of the US layout: the unshifted and shifted character of each key, with its XT scancode.
struct KeyRow
{
    const char *plain;
    const char *shifted;
    quint32 firstScancode;
};

constexpr KeyRow kRows[] = {
    {"1234567890-=", "!@#$%^&*()_+", 0x02},
    {"qwertyuiop[]", "QWERTYUIOP{}", 0x10},
    {"asdfghjkl;'`", "ASDFGHJKL:\"~", 0x1e},
    {"\\zxcvbnm,./", "|ZXCVBNM<>?", 0x2b},
};

} // namespace

std::optional<TypedKey> UsKeyboard::keyFor(QChar c)
{
    const ushort u = c.unicode();
    switch (u) {
    case ' ': return TypedKey{{0x20, 0x39}, false};
    case '\n':
    case '\r': return TypedKey{{0xff0d, 0x1c}, false}; // Return
    case '\t': return TypedKey{{0xff09, 0x0f}, false}; // Tab
    default: break;
    }
    if (u < 0x21 || u > 0x7e)
        return std::nullopt;
    for (const KeyRow &row : kRows) {
        for (int i = 0; row.plain[i]; ++i) {
            if (row.plain[i] == char(u))
                return TypedKey{{u, row.firstScancode + quint32(i)}, false};
            if (row.shifted[i] == char(u))
                return TypedKey{{u, row.firstScancode + quint32(i)}, true};
        }
    }
    return std::nullopt;
}

} // namespace sd

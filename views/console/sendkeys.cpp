#include "sendkeys.h"

#include "keytranslate.h"

#include <QHash>

namespace sd {

namespace {

struct KeyName
{
    const char *name;
    int key;
};

// The named keys besides a-z, 0-9 and f1-f12, as keyNames() lists them.
const KeyName kNamedKeys[] = {
    {"ctrl", Qt::Key_Control},        {"alt", Qt::Key_Alt},       {"shift", Qt::Key_Shift},
    {"super", Qt::Key_Super_L},       {"altgr", Qt::Key_AltGr},   {"del", Qt::Key_Delete},
    {"backspace", Qt::Key_Backspace}, {"tab", Qt::Key_Tab},       {"enter", Qt::Key_Return},
    {"esc", Qt::Key_Escape},          {"space", Qt::Key_Space},   {"print", Qt::Key_Print},
    {"home", Qt::Key_Home},           {"end", Qt::Key_End},       {"pgup", Qt::Key_PageUp},
    {"pgdn", Qt::Key_PageDown},       {"insert", Qt::Key_Insert}, {"up", Qt::Key_Up},
    {"down", Qt::Key_Down},           {"left", Qt::Key_Left},     {"right", Qt::Key_Right},
};

// Other spellings people type, accepted but not listed.
const KeyName kAliases[] = {
    {"control", Qt::Key_Control},   {"win", Qt::Key_Super_L},   {"delete", Qt::Key_Delete},
    {"return", Qt::Key_Return},     {"escape", Qt::Key_Escape}, {"pageup", Qt::Key_PageUp},
    {"pagedown", Qt::Key_PageDown}, {"ins", Qt::Key_Insert},
};

std::optional<int> qtKey(const QString &name)
{
    static const QHash<QString, int> keys = [] {
        QHash<QString, int> k;
        for (const KeyName &named : kNamedKeys)
            k.insert(QLatin1String(named.name), named.key);
        for (const KeyName &alias : kAliases)
            k.insert(QLatin1String(alias.name), alias.key);
        for (int f = 1; f <= 12; ++f)
            k.insert(QStringLiteral("f%1").arg(f), Qt::Key_F1 + f - 1);
        for (char c = 'a'; c <= 'z'; ++c)
            k.insert(QString(QLatin1Char(c)), Qt::Key_A + (c - 'a'));
        for (char c = '0'; c <= '9'; ++c)
            k.insert(QString(QLatin1Char(c)), Qt::Key_0 + (c - '0'));
        return k;
    }();
    const auto it = keys.constFind(name);
    if (it == keys.constEnd())
        return std::nullopt;
    return *it;
}

KeyCombination combination(std::initializer_list<int> keys)
{
    KeyCombination combination;
    for (int key : keys)
        combination.append(KeyTranslate::stroke(key));
    return combination;
}

} // namespace

QList<SendKeys::Named> SendKeys::common()
{
    return {
        {tr("Ctrl+Alt+Del"), combination({Qt::Key_Control, Qt::Key_Alt, Qt::Key_Delete})},
        {tr("Ctrl+Alt+Backspace"), combination({Qt::Key_Control, Qt::Key_Alt, Qt::Key_Backspace})},
        {tr("Print Screen"), combination({Qt::Key_Print})},
        {tr("Alt+Tab"), combination({Qt::Key_Alt, Qt::Key_Tab})},
    };
}

QList<SendKeys::Named> SendKeys::virtualTerminals()
{
    QList<Named> terminals;
    for (int f = 1; f <= 12; ++f)
        terminals.append(
            {tr("Ctrl+Alt+F%1").arg(f), combination({Qt::Key_Control, Qt::Key_Alt, Qt::Key_F1 + f - 1})});
    return terminals;
}

std::optional<KeyStroke> SendKeys::key(const QString &name)
{
    const std::optional<int> key = qtKey(name.trimmed().toLower());
    if (!key)
        return std::nullopt;
    return KeyTranslate::stroke(*key);
}

Result<KeyCombination> SendKeys::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("Key combination: type key names joined by +, for example ctrl+alt+f2"));
    KeyCombination keys;
    for (const QString &part : trimmed.split(QLatin1Char('+'))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return makeError(ErrorCode::BadRequest,
                             tr("Key combination \"%1\": a key name is missing between two +").arg(trimmed));
        const std::optional<KeyStroke> stroke = key(name);
        if (!stroke)
            return makeError(ErrorCode::BadRequest,
                             tr("Key combination \"%1\": \"%2\" is not a key name").arg(trimmed, name));
        if (keys.contains(*stroke))
            return makeError(ErrorCode::BadRequest,
                             tr("Key combination \"%1\": \"%2\" is in it twice").arg(trimmed, name));
        keys.append(*stroke);
    }
    return keys;
}

QStringList SendKeys::keyNames()
{
    QStringList names;
    for (const KeyName &named : kNamedKeys)
        names.append(QLatin1String(named.name));
    names << QStringLiteral("f1…f12") << QStringLiteral("a…z") << QStringLiteral("0…9");
    return names;
}

} // namespace sd

#include "consoletype.h"

namespace sd {

namespace {

struct Named
{
    ConsoleType type;
    const char *name;
};

constexpr Named kTypes[] = {
    {ConsoleType::Auto, "AUTO"},     {ConsoleType::Vnc, "VNC"},   {ConsoleType::Spice, "SPICE"},
    {ConsoleType::Serial, "SERIAL"}, {ConsoleType::None, "None"},
};

} // namespace

QString ConsoleTypes::name(ConsoleType type)
{
    for (const Named &n : kTypes)
        if (n.type == type)
            return QLatin1String(n.name);
    return QStringLiteral("AUTO");
}

QStringList ConsoleTypes::names()
{
    QStringList all;
    for (const Named &n : kTypes)
        all << QLatin1String(n.name);
    return all;
}

Result<ConsoleType> ConsoleTypes::parse(const QString &text, const QString &field)
{
    for (const Named &n : kTypes)
        if (text.trimmed().compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.type;
    return makeError(ErrorCode::BadRequest,
                     tr("%1: \"%2\" is not one of %3").arg(field, text, names().join(QStringLiteral(", "))));
}

} // namespace sd

#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sd {

// Horizon's CONSOLE_TYPE: which console the Console action and tab open. None hides them.
enum class ConsoleType { Auto, Vnc, Spice, Serial, None };

class ConsoleTypes
{
    Q_DECLARE_TR_FUNCTIONS(sd::ConsoleTypes)

public:
    static QString name(ConsoleType type); // "AUTO", "VNC", "SPICE", "SERIAL", "None": Horizon's spelling
    // Case-insensitive; the error names the field and lists the values.
    static Result<ConsoleType> parse(const QString &text, const QString &field = QStringLiteral("Console type"));
    static QStringList names();
};

} // namespace sd

#pragma once

#include "command.h"

namespace sd::cli {

// Every command stackctl knows, collected from commands/*.cpp (one file per resource).
class CommandRegistry
{
public:
    CommandRegistry();

    const QList<CommandSpec> &commands() const { return m_commands; }
    const CommandSpec *find(const QStringList &words) const;
    // True when words start some command but are not one yet ("host", "action log").
    bool isPrefix(const QStringList &words) const;
    QList<const CommandSpec *> startingWith(const QStringList &words) const;

private:
    QList<CommandSpec> m_commands;
};

} // namespace sd::cli

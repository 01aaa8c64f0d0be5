#include "commandregistry.h"

#include "commands/commands.h"

namespace sd::cli {

CommandRegistry::CommandRegistry()
{
    m_commands << actionLogCommands() << consoleCommands() << consoleSerialCommands() << flavorCommands() << floatingIpCommands() << groupCommands()
               << hostCommands() << imageCommands() << imageMemberCommands() << imageCacheCommands()
               << keyPairCommands() << networkCommands() << portCommands() << projectCommands()
               << quotaCommands() << roleCommands() << routerCommands() << securityGroupCommands()
               << securityGroupRuleCommands() << serverCommands() << serverActionCommands() << serverLifecycleCommands()
               << serverMoveCommands() << serverNetworkCommands() << serverGroupCommands()
               << serverVolumeCommands() << subnetCommands() << tokenCommands() << userCommands()
               << volumeCommands() << volumeTypeCommands() << volumeSnapshotCommands() << volumeBackupCommands()
               << volumeTransferCommands();
}

const CommandSpec *CommandRegistry::find(const QStringList &words) const
{
    for (const CommandSpec &command : m_commands)
        if (command.words == words)
            return &command;
    return nullptr;
}

bool CommandRegistry::isPrefix(const QStringList &words) const
{
    for (const CommandSpec &command : m_commands)
        if (command.words.size() > words.size() && command.words.mid(0, words.size()) == words)
            return true;
    return false;
}

QList<const CommandSpec *> CommandRegistry::startingWith(const QStringList &words) const
{
    QList<const CommandSpec *> found;
    for (const CommandSpec &command : m_commands)
        if (command.words.mid(0, words.size()) == words)
            found.append(&command);
    return found;
}

} // namespace sd::cli

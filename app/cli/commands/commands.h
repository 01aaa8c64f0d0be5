#pragma once

#include "command.h"

namespace sd::cli {

// One function per resource file, each returning that resource's verbs.
QList<CommandSpec> actionLogCommands();
QList<CommandSpec> consoleCommands(); // screenshot, type
QList<CommandSpec> consoleSerialCommands();
QList<CommandSpec> flavorCommands();
QList<CommandSpec> floatingIpCommands();
QList<CommandSpec> groupCommands();
QList<CommandSpec> hostCommands();
QList<CommandSpec> imageCommands();
QList<CommandSpec> imageCacheCommands();
QList<CommandSpec> imageMemberCommands();
QList<CommandSpec> keyPairCommands();
QList<CommandSpec> networkCommands();
QList<CommandSpec> portCommands();
QList<CommandSpec> projectCommands();
QList<CommandSpec> quotaCommands();
QList<CommandSpec> roleCommands();
QList<CommandSpec> routerCommands();
QList<CommandSpec> securityGroupCommands();
QList<CommandSpec> securityGroupRuleCommands();
QList<CommandSpec> serverCommands();
QList<CommandSpec> serverActionCommands();
QList<CommandSpec> serverLifecycleCommands(); // rescue, unrescue, rebuild, image create
QList<CommandSpec> serverMoveCommands();      // shelve, unshelve, resize (confirm, revert), migrate
QList<CommandSpec> serverNetworkCommands();   // add/remove port, network, security group, floating ip
QList<CommandSpec> serverGroupCommands();
QList<CommandSpec> serverVolumeCommands(); // add/remove volume
QList<CommandSpec> subnetCommands();
QList<CommandSpec> tokenCommands();
QList<CommandSpec> userCommands();
QList<CommandSpec> volumeCommands();
QList<CommandSpec> volumeBackupCommands();
QList<CommandSpec> volumeSnapshotCommands();
QList<CommandSpec> volumeTransferCommands();
QList<CommandSpec> volumeTypeCommands();

} // namespace sd::cli

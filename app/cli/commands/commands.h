#pragma once

#include "command.h"

namespace sd::cli {

// One function per resource file, each returning that resource's verbs.
QList<CommandSpec> actionLogCommands();
QList<CommandSpec> hostCommands();

} // namespace sd::cli

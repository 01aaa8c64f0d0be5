#pragma once

#include <QString>

namespace sd {

class Database;

// The password of an instance's VNC and SPICE graphics. Graphics listen on the host's loopback, where any
// local user could otherwise connect; the password keeps them out. It is derived from the instance id and
// a secret of the data dir (made on first use), so every redefinition of the domain — resize, migrate,
// unshelve — writes the same one without storing it anywhere else. Eight characters: VNC's limit.
class ConsolePassword
{
public:
    static QString forInstance(Database &db, const QString &instanceId);
    static constexpr int kLength = 8;
};

} // namespace sd

#pragma once

#include "clierror.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sd::cli {

// Asks for a password the way getpass does: the prompt on stderr, no echo on a terminal. When standard input
// is not a terminal the password is read as one line from it, so scripts and tests can pipe it in.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PasswordPrompt)

public:
    static bool stdinIsTerminal();
    static CliResult<QString> ask(QTextStream &err, const QString &prompt);
    // Asks twice and refuses a mismatch, like `openstack user create --password-prompt`.
    static CliResult<QString> askNew(QTextStream &err, const QString &prompt, const QString &repeatPrompt);
};

} // namespace sd::cli

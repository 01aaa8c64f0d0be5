#include "passwordprompt.h"

#include <csignal>
#include <cstdio>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace sd::cli {

namespace {

// The terminal's settings while echo is off, so an interrupt can give the user their echo back.
struct termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreEchoAndDie(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns echo off for its lifetime, when standard input is a terminal.
class EchoOff
{
public:
    EchoOff()
    {
        if (!PasswordPrompt::stdinIsTerminal() || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        struct termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
        m_previousInt = std::signal(SIGINT, restoreEchoAndDie);
        m_previousTerm = std::signal(SIGTERM, restoreEchoAndDie);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
            echoIsOff = 1;
    }
    ~EchoOff()
    {
        if (!echoIsOff)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
};

// One line from stdin without its line end; nothing at end of input.
std::optional<QByteArray> readLine()
{
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool PasswordPrompt::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

CliResult<QString> PasswordPrompt::ask(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    std::optional<QByteArray> line;
    {
        const EchoOff echoOff;
        line = readLine();
    }
    if (!stdinIsTerminal())
        err << '\n'; // the piped answer was not echoed either; keep stderr's lines whole
    if (!line)
        return CliError::usage(
            tr("no password given: standard input ended at the prompt '%1'").arg(prompt.trimmed()));
    return QString::fromUtf8(*line);
}

CliResult<QString> PasswordPrompt::askNew(QTextStream &err, const QString &prompt,
                                          const QString &repeatPrompt)
{
    auto first = ask(err, prompt);
    if (!first)
        return first;
    auto second = ask(err, repeatPrompt);
    if (!second)
        return second;
    if (*first != *second)
        return CliError{ExitUserError, tr("Passwords do not match; nothing was changed"), {}};
    return first;
}

} // namespace sd::cli

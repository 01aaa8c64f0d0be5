// stackctl console serial SERVER: the instance's serial console in this terminal, as `virsh console` does,
// through the engine's console service (so the same checks and the same words as the GUI's console).

#include "commands.h"
#include "consoleendpointlookup.h"

#include "clicontext.h"
#include "identityoptions.h"

#include "console/consoleservice.h"
#include "console/serialsession.h"
#include "engine.h"
#include "hosts/hostmanager.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace sd::cli {

namespace {

// Ctrl+], as in telnet and virsh console.
constexpr char kQuitByte = 0x1d;
// After the end of piped input, how long the guest's answer may take to arrive before stackctl ends.
constexpr int kDrainAfterEofMs = 2000;

// The local terminal in raw mode while it lives: every key (Ctrl+C too) goes to the guest, and nothing is
// echoed or translated here. The saved settings come back in the destructor and, should a signal end
// stackctl (SIGTERM or SIGHUP from elsewhere, SIGPIPE when stdout's reader quits; raw mode turns off the keys
// that send SIGINT and SIGQUIT), in the handler itself, before anything else can go wrong; the handler then
// wakes the event loop through a pipe, so the command still ends in an orderly way.
class RawTerminal
{
public:
    RawTerminal()
    {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
            struct sigaction action = {};
            action.sa_handler = &RawTerminal::onSignal;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_RESTART;
            for (int i = 0; i < kSignals; ++i)
                sigaction(kSignalList[i], &action, &m_previous[i]);
            m_handlers = true;
        }
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &s_saved) == 0) {
            struct termios raw = s_saved;
            ::cfmakeraw(&raw);
            // TCSADRAIN, not TCSAFLUSH: keys typed while connecting still reach the guest.
            s_haveSaved = ::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0;
        }
    }

    ~RawTerminal()
    {
        restore();
        if (m_handlers)
            for (int i = 0; i < kSignals; ++i)
                sigaction(kSignalList[i], &m_previous[i], nullptr);
        for (int &fd : s_pipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }

    RawTerminal(const RawTerminal &) = delete;
    RawTerminal &operator=(const RawTerminal &) = delete;

    // Readable when a signal arrived (-1 without a pipe).
    int signalFd() const { return s_pipe[0]; }

private:
    // SIGPIPE too: `stackctl console serial web-1 | head` must not leave the terminal raw when head ends.
    static constexpr int kSignals = 5;
    static constexpr int kSignalList[kSignals] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE};

    static void restore()
    {
        if (s_haveSaved)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
        s_haveSaved = false;
    }

    static void onSignal(int)
    {
        const int savedErrno = errno;
        // tcsetattr and write are async-signal-safe.
        if (s_haveSaved)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &s_saved);
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
        errno = savedErrno;
    }

    // Static because a signal handler can reach nothing else; one RawTerminal at a time.
    static inline int s_pipe[2] = {-1, -1};
    static inline struct termios s_saved = {};
    static inline volatile sig_atomic_t s_haveSaved = 0;
    struct sigaction m_previous[kSignals] = {};
    bool m_handlers = false;
};

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        left -= n;
    }
    return true;
}

class ConsoleSerialCommand
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ConsoleSerialCommand)

public:
    static QList<CommandSpec> all()
    {
        return {
            {.words = {QStringLiteral("console"), QStringLiteral("serial")},
             .summary = tr("The serial console of an instance in this terminal (Ctrl+] quits)"),
             .positionals = {IdentityOptions::argument(QStringLiteral("SERVER"), tr("instance name or ID"))},
             .run = run},
        };
    }

private:
    // Connects, then hands the terminal over. Ends with Ctrl+] (exit 0), a signal, or a failure to connect.
    static CliResult<void> run(CliContext &ctx, const ParsedArgs &args)
    {
        auto found = lookUpConsoleEndpoint(ctx, args.positionals.at(0));
        if (!found)
            return found.error();
        SerialSession session(*found);
        QEventLoop loop;
        std::optional<CliError> failure;
        std::unique_ptr<RawTerminal> terminal;
        std::unique_ptr<QSocketNotifier> keyboard;
        std::unique_ptr<QSocketNotifier> signalWatch;
        QString lastDrop;

        auto finish = [&](std::optional<CliError> error) {
            failure = std::move(error);
            loop.quit();
        };
        auto startTerminal = [&] {
            ctx.err() << tr("Connected to the serial console of %1 (Ctrl+] to quit)").arg(found->instanceName)
                      << '\n';
            ctx.err().flush();
            terminal = std::make_unique<RawTerminal>();
            if (terminal->signalFd() >= 0) {
                signalWatch = std::make_unique<QSocketNotifier>(terminal->signalFd(), QSocketNotifier::Read);
                QObject::connect(signalWatch.get(), &QSocketNotifier::activated, &loop, [&] {
                    finish(CliError{ExitUserError, tr("Interrupted"), {}});
                });
            }
            keyboard = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
            QObject::connect(keyboard.get(), &QSocketNotifier::activated, &loop, [&] {
                char buffer[4096];
                const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
                if (n < 0 && (errno == EINTR || errno == EAGAIN))
                    return;
                if (n <= 0) {
                    // Piped input ended: let the guest answer the last line, then stop.
                    keyboard->setEnabled(false);
                    QTimer::singleShot(kDrainAfterEofMs, &loop, [&] { finish(std::nullopt); });
                    return;
                }
                const QByteArray bytes(buffer, n);
                const qsizetype quit = bytes.indexOf(kQuitByte);
                session.send(quit < 0 ? bytes : bytes.left(quit));
                if (quit >= 0)
                    finish(std::nullopt);
            });
        };

        QObject::connect(&session, &SerialSession::received, &loop, [&](const QByteArray &bytes) {
            if (!writeAll(STDOUT_FILENO, bytes))
                finish(CliError{ExitUserError, tr("Cannot write to standard output"), {}});
        });
        QObject::connect(&session, &SerialSession::stateChanged, &loop,
                         [&](SerialSession::State state, const QString &message) {
                             switch (state) {
                             case SerialSession::State::Connected:
                                 lastDrop.clear();
                                 if (!terminal)
                                     startTerminal();
                                 break;
                             case SerialSession::State::Failed:
                                 finish(CliError{ExitUserError, message, {}});
                                 break;
                             case SerialSession::State::Closed:
                                 // A reboot or stop/start drops the console; it comes back by itself. Say so
                                 // once.
                                 if (terminal && message != lastDrop) {
                                     lastDrop = message;
                                     writeAll(STDERR_FILENO,
                                              QStringLiteral("\r\n[%1 — %2]\r\n")
                                                  .arg(message, tr("reconnecting, Ctrl+] quits"))
                                                  .toUtf8());
                                 }
                                 break;
                             default:
                                 break;
                             }
                         });
        session.setAutoReconnect(true);
        session.open();
        if (session.state() != SerialSession::State::Failed)
            loop.exec();
        else
            failure = CliError{ExitUserError, session.stateMessage(), {}};

        keyboard.reset();
        signalWatch.reset();
        session.setAutoReconnect(false);
        session.close();
        const bool hadTerminal = terminal != nullptr;
        terminal.reset(); // the terminal is cooked again before anything else is printed
        if (hadTerminal) {
            ctx.err() << '\n';
            ctx.err().flush();
        }
        if (failure)
            return *failure;
        return {};
    }
};

} // namespace

QList<CommandSpec> consoleSerialCommands()
{
    return ConsoleSerialCommand::all();
}

} // namespace sd::cli

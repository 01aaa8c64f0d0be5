#include "clicontext.h"

#include "passwordprompt.h"

#include "demo/demolab.h"
#include "engine.h"
#include "identity/authservice.h"

namespace sd::cli {

CliContext::CliContext(GlobalOptions options, QTextStream &out, QTextStream &err)
    : m_options(std::move(options)), m_formatter(m_options.format, m_options.columns), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

CliResult<void> CliContext::askForMissingPassword()
{
    if (m_options.username.isEmpty() || m_options.passwordGiven)
        return {};
    // Like the OpenStack client: ask on a terminal, but never wait for a script that forgot OS_PASSWORD.
    if (!PasswordPrompt::stdinIsTerminal())
        return CliError::usage(
            tr("no password for user %1: give --os-password or set OS_PASSWORD").arg(m_options.username));
    auto password = PasswordPrompt::ask(m_err, tr("Password for %1: ").arg(m_options.username));
    if (!password)
        return password.error();
    m_options.password = *password;
    m_options.passwordGiven = true;
    return {};
}

CliResult<void> CliContext::open()
{
    if (auto asked = askForMissingPassword(); !asked)
        return asked;
    EngineOptions engineOptions;
    engineOptions.dataDir = m_options.dataDir;
    engineOptions.demo = m_options.demo;
    if (engineOptions.demo)
        engineOptions.demoImage = DemoLab::findImage();
    engineOptions.connectHosts = true;
    auto engine = Engine::open(engineOptions);
    if (!engine)
        return CliError::fromEngine(engine.error());
    m_engine = std::move(engine).value();
    announceFirstRunPassword();

    if (m_options.username.isEmpty()) {
        auto request = m_engine->localAdminContext();
        if (!request)
            return CliError::fromEngine(request.error());
        m_request = request.value();
        return {};
    }
    auto session = m_engine->auth().login(m_options.username, m_options.password, m_options.projectName);
    if (!session)
        return CliError::fromEngine(session.error());
    m_session = session.value();
    m_request = m_session->context;
    return {};
}

void CliContext::announceFirstRunPassword()
{
    const QString password = m_engine->firstRunPassword();
    if (password.isEmpty())
        return;
    // The demo keeps its passwords in its README; a real cloud's administrator password is never written
    // down.
    if (m_engine->isDemo())
        m_err << tr("Created the administrator 'admin' with password %1 (also in %2/README.txt)")
                     .arg(password, m_engine->dataDir().path())
              << '\n';
    else
        m_err << tr("Created the administrator 'admin' with password %1; keep it safe, it is shown only once")
                     .arg(password)
              << '\n';
    m_err.flush();
}

void CliContext::printList(const QList<Column> &columns, const QList<Row> &rows)
{
    m_formatter.printList(m_out, columns, rows);
}

void CliContext::printOne(const QList<Column> &columns, const Row &row)
{
    m_formatter.printOne(m_out, columns, row);
}

} // namespace sd::cli

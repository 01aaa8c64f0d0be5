#pragma once

#include "globaloptions.h"
#include "outputformatter.h"

#include "core/requestcontext.h"
#include "identity/session.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace sd {
class Engine;
}

namespace sd::cli {

// What every command works with: the open engine, who is asking, and where and how to print.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::CliContext)

public:
    CliContext(GlobalOptions options, QTextStream &out, QTextStream &err);
    ~CliContext();

    // Opens the data dir (or the demo lab) and decides who is asking: the --os-* user if one is given
    // (logged in, so the session has a token), else the data dir's administrator, since whoever can read the
    // 0600 database owns the cloud anyway.
    CliResult<void> open();

    Engine &engine() const { return *m_engine; }
    const RequestContext &request() const { return m_request; }
    // The login's session; empty when acting as the data dir's administrator without credentials.
    const std::optional<Session> &session() const { return m_session; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printList(const QList<Column> &columns, const QList<Row> &rows);
    void printOne(const QList<Column> &columns, const Row &row);

private:
    void announceFirstRunPassword();
    CliResult<void> askForMissingPassword();

    GlobalOptions m_options;
    OutputFormatter m_formatter;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Engine> m_engine;
    RequestContext m_request;
    std::optional<Session> m_session;
};

} // namespace sd::cli

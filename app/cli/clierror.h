#pragma once

#include "core/error.h"

#include <QString>

#include <optional>
#include <utility>

namespace sd::cli {

// DESIGN.md §6: 0 on success, 1 when the engine refused (the user asked for something wrong), 2 when the
// command line itself could not be understood.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitUserError = 1,
    ExitUsageError = 2,
};

// What went wrong in one stackctl run, and the exit code it earns.
struct CliError
{
    int exitCode = ExitUserError;
    QString message;
    QString details;

    static CliError usage(QString message) { return {ExitUsageError, std::move(message), {}}; }
    static CliError fromEngine(const Error &error) { return {ExitUserError, error.message, error.details}; }
};

// A value or a CliError: the engine's Result<T>, but carrying an exit code instead of an engine error code,
// because usage errors (exit 2) are the CLI's own.
template <typename T> class [[nodiscard]] CliResult
{
public:
    CliResult(T value) : m_value(std::move(value)) {}
    CliResult(CliError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const CliError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CliError m_error;
};

template <> class [[nodiscard]] CliResult<void>
{
public:
    CliResult() = default;
    CliResult(CliError error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const CliError &error() const { return m_error; }

private:
    bool m_failed = false;
    CliError m_error;
};

} // namespace sd::cli

#pragma once

#include <QProcess>
#include <QStringList>
#include <QTest>

// Runs the built stackctl as a user would, with a private XDG_DATA_HOME and no OS_* or STACKDESK_* variables
// leaking in from the shell that runs the tests.
struct StackctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class StackctlRunner
{
public:
    explicit StackctlRunner(const QString &xdgDataHome) : m_xdgDataHome(xdgDataHome) {}

    void setEnv(const QString &name, const QString &value) { m_extraEnv.insert(name, value); }

    // stdinText is what a user would type at prompts; standard input is closed after it, so a prompt that
    // gets no answer fails instead of waiting.
    StackctlRun run(const QStringList &args, const QByteArray &stdinText = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME", "STACKDESK_DATA_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_xdgDataHome);
        for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STACKCTL_PATH), args);
        if (!stdinText.isEmpty())
            process.write(stdinText);
        process.closeWriteChannel();
        StackctlRun result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err =
                QStringLiteral("stackctl did not finish within 60 s: ") + args.join(QLatin1Char(' '));
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QString m_xdgDataHome;
    QHash<QString, QString> m_extraEnv;
};

// QCOMPARE on the exit code, printing stderr when it differs so a failure explains itself. The run is
// evaluated once: it is often the stackctl call itself.
#define COMPARE_EXIT(runExpression, expected)                                                                \
    do {                                                                                                     \
        const StackctlRun compared_ = (runExpression);                                                       \
        if (compared_.exitCode != (expected))                                                                \
            qWarning().noquote() << "stdout:" << compared_.out << "\nstderr:" << compared_.err;              \
        QCOMPARE(compared_.exitCode, (expected));                                                            \
    } while (false)

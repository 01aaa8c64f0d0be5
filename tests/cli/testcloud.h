#pragma once

#include "stackctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

// A fresh data dir for identity tests: created by a first stackctl run, whose stderr tells the
// administrator's password, so tests can act both as the data dir's owner (no credentials) and as logged-in
// users.
class TestCloud
{
public:
    bool create()
    {
        if (!m_home.isValid())
            return false;
        const StackctlRun first = admin({"project", "list"});
        const auto match =
            QRegularExpression(QStringLiteral("with password ([A-Za-z0-9]+)")).match(first.err);
        if (first.exitCode != 0 || !match.hasMatch()) {
            qWarning().noquote() << first.err;
            return false;
        }
        m_adminPassword = match.captured(1);
        return true;
    }

    QString home() const { return m_home.path(); }
    QString dataDir() const { return m_home.path() + QStringLiteral("/cloud"); }
    QString adminPassword() const { return m_adminPassword; }

    // As the data dir's owner, without credentials: the first administrator in project admin.
    StackctlRun admin(const QStringList &args, const QByteArray &stdinText = {}) const
    {
        return StackctlRunner(home()).run(QStringList{QStringLiteral("--data-dir"), dataDir()} + args,
                                          stdinText);
    }

    StackctlRun as(const QString &user, const QString &password, const QString &project,
                   const QStringList &args, const QByteArray &stdinText = {}) const
    {
        return admin(QStringList{QStringLiteral("--os-username"), user, QStringLiteral("--os-password"),
                                 password, QStringLiteral("--os-project-name"), project} +
                         args,
                     stdinText);
    }

    static QJsonObject object(const StackctlRun &run)
    {
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QJsonArray array(const StackctlRun &run)
    {
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    // The lines of `-f value -c COLUMN` output.
    static QStringList lines(const StackctlRun &run)
    {
        return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_home;
    QString m_adminPassword;
};

// The message of a failed run must say what went wrong.
#define VERIFY_MESSAGE(run, text)                                                                            \
    QVERIFY2((run).err.contains(text),                                                                       \
             qPrintable(QStringLiteral("expected '%1' in: %2").arg(text, (run).err)))

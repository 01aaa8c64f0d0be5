#pragma once

#include "testcloud.h"

#include <QFile>

// The demo lab in a private XDG_DATA_HOME, for tests that act as its administrator (the data dir's owner)
// and as its member `demo`, whose password the lab's README tells.
class DemoCloud
{
public:
    bool open()
    {
        if (!m_home.isValid() || admin({"project", "list"}).exitCode != 0)
            return false;
        QFile readme(m_home.path() + QStringLiteral("/stackdesk/demo/README.txt"));
        if (!readme.open(QIODevice::ReadOnly))
            return false;
        const auto match =
            QRegularExpression(QStringLiteral("Member: user demo, project demo, password (\\S+)"))
                .match(QString::fromUtf8(readme.readAll()));
        m_demoPassword = match.captured(1);
        return match.hasMatch();
    }

    QString home() const { return m_home.path(); }

    StackctlRun admin(const QStringList &args, const QByteArray &stdinText = {}) const
    {
        return StackctlRunner(m_home.path()).run(QStringList{QStringLiteral("--demo")} + args, stdinText);
    }

    StackctlRun asDemo(const QStringList &args) const
    {
        return admin(QStringList{"--os-username", "demo", "--os-password", m_demoPassword,
                                 "--os-project-name", "demo"} +
                     args);
    }

private:
    QTemporaryDir m_home;
    QString m_demoPassword;
};

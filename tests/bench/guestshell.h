#pragma once

// The test guest's busybox shell on ttyS0, typed into through StackDesk's own SerialSession (the same
// virDomainOpenConsole stream the Console tab's serial terminal uses), its output collected as it comes.

#include "console/serialsession.h"
#include "eventwait.h"

#include <QElapsedTimer>


#include <memory>

namespace sd::bench {

class GuestShell
{
public:
    explicit GuestShell(const ConsoleEndpoint &endpoint) : m_session(std::make_unique<SerialSession>(endpoint))
    {
        QObject::connect(m_session.get(), &SerialSession::received, m_session.get(),
                         [this](const QByteArray &bytes) { m_text += QString::fromUtf8(bytes); });
        m_session->open();
    }

    // Waits until the shell answers (the guest may still be booting): a command is typed every few
    // seconds until its output comes back.
    bool waitForShell(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (!run(QStringLiteral("true"), 3000).isNull())
                return true;
        }
        return false;
    }

    // Runs a command and returns what it printed (the echoed command line included); a null string when
    // no answer came in time. The end marker is computed by the shell, so the echo never matches it.
    QString run(const QString &command, int timeoutMs = 30000)
    {
        const int n = ++m_commands;
        const qsizetype from = m_text.size();
        m_session->send(QStringLiteral("%1; echo SD-DONE-$((%2+0))\n").arg(command).arg(n).toUtf8());
        const QString marker = QStringLiteral("SD-DONE-%1").arg(n);
        if (!runUntil([&] { return m_text.indexOf(marker, from) >= 0; }, timeoutMs))
            return QString();
        return m_text.mid(from, m_text.indexOf(marker, from) - from);
    }

    SerialSession &session() { return *m_session; }

private:
    std::unique_ptr<SerialSession> m_session;
    QString m_text;
    int m_commands = 0;
};

} // namespace sd::bench

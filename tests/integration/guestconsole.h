#pragma once

// What the real-host integration tests share: the environment the ctest fixtures set, the virtualisation
// type that works on this machine, the test guest's domain XML, a qcow2 overlay on the guest image, and
// the guest's serial console (typed into through virDomainOpenConsole, read back from the serial log).

#include "hosts/hostprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace sd::it {

inline QString env(const char *name)
{
    const QString v = qEnvironmentVariable(name);
    if (v.isEmpty())
        qFatal("%s is not set; run this test through ctest", name);
    return v;
}

// KVM where it really works; on machines whose /dev/kvm is backed by kvm_pvm (nested, software) guests
// die with an emulation failure, so use TCG there (scripts/run-guest-check.sh found this).
inline QString virtType()
{
    if (QFile::exists(QStringLiteral("/sys/module/kvm_pvm")) || !QFile::exists(QStringLiteral("/dev/kvm")))
        return QStringLiteral("qemu");
    return QStringLiteral("kvm");
}

// A StackDesk domain (sd-<uuid>, StackDesk's metadata) that boots the test guest from disk with its serial
// console logged to serialLog. devices: more <devices> children, e.g. network interfaces.
inline QString testGuestDomainXml(const QString &uuid, const QString &disk, const QString &serialLog,
                                  const QString &devices = {})
{
    return QStringLiteral(
               "<domain type='%1'><name>sd-%2</name><uuid>%2</uuid>"
               "<metadata><sd:instance xmlns:sd='%5'><sd:project>admin</sd:project></sd:instance></metadata>"
               "<memory unit='MiB'>256</memory><vcpu>1</vcpu>"
               "<os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>"
               "<features><acpi/></features>"
               "<devices>"
               "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%3'/>"
               "<target dev='vda' bus='virtio'/></disk>"
               "<serial type='pty'><log file='%4' append='off'/><target port='0'/></serial>"
               "<console type='pty'><target type='serial' port='0'/></console>"
               "%6"
               "</devices></domain>")
        .arg(virtType(), uuid, disk, serialLog, QLatin1String(kInstanceMetadataNamespace), devices);
}

// qemu runs as libvirt-qemu: the folder with a guest's files must be one it can enter and read.
inline bool letQemuIn(const QString &dir)
{
    return QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
}

// A throw-away qcow2 overlay on the (raw) test guest image: the guest may write, the image stays pristine.
inline bool makeOverlay(const QString &base, const QString &overlay)
{
    return QProcess::execute(QStringLiteral("qemu-img"),
                             {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                              QStringLiteral("qcow2"), QStringLiteral("-b"), base, QStringLiteral("-F"),
                              QStringLiteral("raw"), overlay}) == 0;
}

// The test guest's serial console. QEMU reads the guest's input from the pty only while a client holds the
// console open, so input goes through virDomainOpenConsole; output is read from the serial <log>, which
// virtlogd writes whether or not anyone is attached.
class GuestConsole
{
public:
    static constexpr const char *kPrompt = "stackdesk-guest# ";

    GuestConsole(virDomainPtr domain, QString serialLog) : m_domain(domain), m_log(std::move(serialLog)) {}
    ~GuestConsole() { close(); }
    GuestConsole(const GuestConsole &) = delete;
    GuestConsole &operator=(const GuestConsole &) = delete;

    bool open()
    {
        close();
        m_stream = virStreamNew(virDomainGetConnect(m_domain), 0);
        if (!m_stream)
            return false;
        if (virDomainOpenConsole(m_domain, nullptr, m_stream, VIR_DOMAIN_CONSOLE_FORCE) < 0) {
            // Before virStreamFree, which clears libvirt's last error.
            const char *message = virGetLastErrorMessage();
            m_error = QString::fromUtf8(message ? message : "unknown error");
            virStreamFree(m_stream);
            m_stream = nullptr;
            return false;
        }
        return true;
    }

    void close()
    {
        if (!m_stream)
            return;
        virStreamAbort(m_stream);
        virStreamFree(m_stream);
        m_stream = nullptr;
    }

    // Why the last open() failed.
    QString error() const { return m_error; }

    QString text() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Waits (spinning the event loop) until the console has printed needle after position from.
    bool waitFor(const QString &needle, int timeoutMs, qsizetype from = 0) const
    {
        QElapsedTimer t;
        t.start();
        while (text().indexOf(needle, from) < 0) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(100);
        }
        return true;
    }

    bool send(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        return m_stream && virStreamSend(m_stream, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }

    // Runs a command at the guest's shell and returns what it printed (the echoed command line included).
    // The end marker is computed by the guest's shell, so the echo of the typed line never matches it.
    QString run(const QString &command, int timeoutMs = 30000)
    {
        const int n = ++m_commands;
        const qsizetype from = text().size();
        if (!send(QStringLiteral("%1; echo SD-DONE-$((%2+0))").arg(command).arg(n)))
            return QString();
        const QString marker = QStringLiteral("SD-DONE-%1").arg(n);
        if (!waitFor(marker, timeoutMs, from))
            return QString();
        const QString all = text();
        return all.mid(from, all.indexOf(marker, from) - from);
    }

private:
    virDomainPtr m_domain;
    QString m_log;
    virStreamPtr m_stream = nullptr;
    int m_commands = 0;
    QString m_error;
};

} // namespace sd::it

#pragma once

// Real image files for tests, made with qemu-img in a temporary folder: good ones and the bad inputs an
// image service must refuse.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace sd::test {

struct ImageFiles
{
    QTemporaryDir dir;

    QString path(const QString &name) const { return dir.filePath(name); }

    static bool qemuImg(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("qemu-img"), args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return f.fileName();
    }

    // Random bytes, so a compressed qcow2 of it has data clusters all through the file.
    QString randomRaw(const QString &name, int mib) const
    {
        QByteArray data(mib * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        return write(name, data);
    }

    QString qcow2(const QString &name, const QString &size = QStringLiteral("16M")) const
    {
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                 path(name), size});
        return path(name);
    }

    QString qcow2WithData(const QString &name) const
    {
        const QString raw = randomRaw(name + QStringLiteral(".raw"), 4);
        qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), raw, path(name)});
        return path(name);
    }

    QString truncatedQcow2(const QString &name) const
    {
        QFile whole(qcow2WithData(name + QStringLiteral(".whole")));
        whole.open(QIODevice::ReadOnly);
        return write(name, whole.read(whole.size() / 2));
    }

    QString qcow2WithBacking(const QString &name, const QString &backing = QStringLiteral("/etc/passwd")) const
    {
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                 QStringLiteral("-b"), backing, QStringLiteral("-F"), QStringLiteral("raw"), path(name)});
        return path(name);
    }

    QString qcow2WithDataFile(const QString &name) const
    {
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                 QStringLiteral("-o"), QStringLiteral("data_file=") + path(name + QStringLiteral(".data")),
                 path(name), QStringLiteral("1M")});
        return path(name);
    }

    // An ISO 9660 volume descriptor where a CD has it, inside 64 KiB of zeros.
    QString iso(const QString &name) const
    {
        QByteArray data(64 * 1024, '\0');
        data.replace(0x8000, 6, QByteArray("\x01" "CD001", 6));
        return write(name, data);
    }

    static QString sha256Of(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return QString::fromLatin1(h.result().toHex());
    }
};

} // namespace sd::test

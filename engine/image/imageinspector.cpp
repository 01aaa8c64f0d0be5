#include "imageinspector.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

namespace sd {

namespace {

// qemu-img reads headers only, but a crafted header can still ask for a lot of work: Nova's limits.
constexpr rlim_t kQemuImgAddressSpace = 1024ull * 1024 * 1024;
constexpr rlim_t kQemuImgCpuSeconds = 30;
constexpr int kQemuImgTimeoutMs = 60000;

QByteArray readAt(QFile &file, qint64 offset, int length)
{
    if (!file.seek(offset))
        return {};
    return file.read(length);
}

// qemu's own name for a format where it differs from Glance's.
QString qemuFormatName(const QString &format)
{
    if (format == QLatin1String("vhd"))
        return QStringLiteral("vpc");
    if (format == QLatin1String("iso"))
        return QStringLiteral("raw");
    return format;
}

struct QemuImgRun
{
    int exitCode = -1;
    QByteArray out;
    QString error; // empty when qemu-img ran to the end
    QString stderrText;
};

QemuImgRun runQemuImg(const QStringList &args)
{
    QemuImgRun run;
    QProcess p;
    p.setChildProcessModifier([] {
        const rlimit as{kQemuImgAddressSpace, kQemuImgAddressSpace};
        const rlimit cpu{kQemuImgCpuSeconds, kQemuImgCpuSeconds};
        setrlimit(RLIMIT_AS, &as);
        setrlimit(RLIMIT_CPU, &cpu);
    });
    p.start(QStringLiteral("qemu-img"), args);
    if (!p.waitForStarted()) {
        run.error = ImageInspector::tr("qemu-img could not be started (install the qemu-utils package)");
        return run;
    }
    if (!p.waitForFinished(kQemuImgTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.error = ImageInspector::tr("qemu-img took longer than %1 s").arg(kQemuImgTimeoutMs / 1000);
        return run;
    }
    if (p.exitStatus() != QProcess::NormalExit) {
        run.error = ImageInspector::tr("qemu-img stopped (it went over its CPU or memory limit)");
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.stderrText = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return run;
}

// A file an image names besides itself, or an empty string.
QString referencedFile(const QJsonObject &info, const QString &path)
{
    for (const char *key : {"backing-filename", "full-backing-filename"})
        if (info.contains(QLatin1String(key)))
            return info.value(QLatin1String(key)).toString();
    const QJsonObject specific = info.value(QLatin1String("format-specific")).toObject();
    const QJsonObject data = specific.value(QLatin1String("data")).toObject();
    if (data.contains(QLatin1String("data-file")))
        return data.value(QLatin1String("data-file")).toString();
    const QString own = QFileInfo(path).fileName();
    const QJsonArray extents = data.value(QLatin1String("extents")).toArray();
    for (const QJsonValue &extent : extents) {
        const QString file = extent.toObject().value(QLatin1String("filename")).toString();
        if (QFileInfo(file).fileName() != own)
            return file;
    }
    return {};
}

} // namespace

bool ImageInspector::qemuImgAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty();
}

QString ImageInspector::sniffFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = readAt(file, 0, 512);
    if (head.startsWith("QFI\xfb"))
        return QStringLiteral("qcow2");
    if (head.startsWith("vhdxfile"))
        return QStringLiteral("vhdx");
    if (head.startsWith("KDMV") || head.startsWith("# Disk DescriptorFile"))
        return QStringLiteral("vmdk");
    if (head.startsWith("conectix"))
        return QStringLiteral("vhd");
    if (head.size() >= 0x44 && quint8(head[0x40]) == 0x7f && quint8(head[0x41]) == 0x10
        && quint8(head[0x42]) == 0xda && quint8(head[0x43]) == 0xbe)
        return QStringLiteral("vdi");
    // A fixed VHD has its footer at the end only.
    if (file.size() >= 512 && readAt(file, file.size() - 512, 8) == "conectix")
        return QStringLiteral("vhd");
    // ISO 9660: a volume descriptor "CD001" in one of the first sectors after the 32 KiB system area.
    for (qint64 offset : {0x8001, 0x8801, 0x9001})
        if (readAt(file, offset, 5) == "CD001")
            return QStringLiteral("iso");
    return {};
}

Result<ImageFileInfo> ImageInspector::inspect(const QString &path, const QString &declaredFormat,
                                              const QString &label)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        return makeError(ErrorCode::BadRequest, tr("%1: no such file").arg(label));
    if (fi.size() == 0)
        return makeError(ErrorCode::BadRequest, tr("%1: the file is empty").arg(label));

    const QString sniffed = sniffFormat(path);
    const QString format = sniffed.isEmpty() ? QStringLiteral("raw") : sniffed;
    if (!declaredFormat.isEmpty() && declaredFormat != format) {
        if (sniffed.isEmpty())
            return makeError(ErrorCode::BadRequest,
                             tr("%1: declared %2, but the content has no %2 header (it is raw data, "
                                "perhaps not a disk image at all)")
                                 .arg(label, declaredFormat));
        return makeError(ErrorCode::BadRequest,
                         tr("%1: declared %2, but the content is %3; choose disk format %3")
                             .arg(label, declaredFormat, format));
    }
    if (format == QLatin1String("vmdk")) {
        // A text descriptor is nothing but references to other files.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(21) == "# Disk DescriptorFile")
            return makeError(ErrorCode::BadRequest,
                             tr("%1: a VMDK descriptor that points at other files; upload a "
                                "monolithicSparse or streamOptimized VMDK instead")
                                 .arg(label));
    }

    const QemuImgRun info = runQemuImg({QStringLiteral("info"), QStringLiteral("--output=json"),
                                        QStringLiteral("-f"), qemuFormatName(format), path});
    if (!info.error.isEmpty())
        return makeError(ErrorCode::Internal, tr("%1: cannot be checked: %2").arg(label, info.error));
    if (info.exitCode != 0)
        return makeError(ErrorCode::BadRequest, tr("%1: not a readable %2 image").arg(label, format),
                         info.stderrText);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    if (json.isEmpty())
        return makeError(ErrorCode::Internal, tr("%1: qemu-img gave no answer it could read").arg(label),
                         QString::fromUtf8(info.out.left(500)));

    if (const QString other = referencedFile(json, path); !other.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("%1: the image refers to another file (%2); images that point at other files "
                            "are refused, because they could expose the host's files")
                             .arg(label, other));
    const QJsonObject data = json.value(QLatin1String("format-specific")).toObject().value(QLatin1String("data")).toObject();
    if (data.value(QLatin1String("corrupt")).toBool())
        return makeError(ErrorCode::BadRequest, tr("%1: the %2 image is marked corrupt").arg(label, format));
    const QString createType = data.value(QLatin1String("create-type")).toString();
    if (format == QLatin1String("vmdk") && createType != QLatin1String("monolithicSparse")
        && createType != QLatin1String("streamOptimized"))
        return makeError(ErrorCode::BadRequest,
                         tr("%1: VMDK subformat %2 is not accepted; use monolithicSparse or streamOptimized")
                             .arg(label, createType));

    // Formats with metadata tables: a truncated or damaged upload shows here.
    if (format == QLatin1String("qcow2") || format == QLatin1String("vdi") || format == QLatin1String("vhdx")
        || format == QLatin1String("vmdk")) {
        const QemuImgRun check = runQemuImg({QStringLiteral("check"), QStringLiteral("--output=json"),
                                             QStringLiteral("-f"), qemuFormatName(format), path});
        if (!check.error.isEmpty())
            return makeError(ErrorCode::Internal, tr("%1: cannot be checked: %2").arg(label, check.error));
        // 0: clean; 3: only leaked clusters, harmless; 63: this format has no check.
        if (check.exitCode != 0 && check.exitCode != 3 && check.exitCode != 63) {
            const QJsonObject result = QJsonDocument::fromJson(check.out).object();
            const int corruptions = result.value(QLatin1String("corruptions")).toInt();
            return makeError(ErrorCode::BadRequest,
                             corruptions > 0
                                 ? tr("%1: the %2 image is damaged or incomplete (%3 bad clusters); was the "
                                      "file cut short?")
                                       .arg(label, format)
                                       .arg(corruptions)
                                 : tr("%1: the %2 image is damaged or incomplete").arg(label, format),
                             check.stderrText.left(2000));
        }
    }

    ImageFileInfo result;
    result.format = format;
    result.size = fi.size();
    result.virtualSize = json.value(QLatin1String("virtual-size")).toInteger();
    return result;
}

} // namespace sd

#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// What an image file really is, read from its bytes and from `qemu-img info --output=json`.
struct ImageFileInfo
{
    QString format;         // raw, qcow2, vmdk, vdi, vhd, vhdx, iso
    qint64 size = 0;        // bytes on disk
    qint64 virtualSize = 0; // bytes the guest sees
};

// Decides whether an uploaded file is safe to serve as an image. The format comes from the file's own
// magic bytes — never from qemu-img's probing, which a crafted file can steer — and qemu-img is then run
// with that format stated, under CPU and memory limits, as Nova and Glance do. Refused: empty files,
// files whose content is not the declared format, qcow2 with a backing file or an external data file
// and VMDK descriptors or extents naming other files (the OSSA-2024-001 class of host file disclosure),
// and images qemu-img check finds corrupt (a truncated upload).
class ImageInspector
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImageInspector)

public:
    // The format the bytes say, or an empty string for "no known header" (taken as raw).
    static QString sniffFormat(const QString &path);

    // Full inspection. declaredFormat empty: accept whatever the content is. label names the file in
    // messages the way the user gave it (a file name, a URL).
    static Result<ImageFileInfo> inspect(const QString &path, const QString &declaredFormat, const QString &label);

    // Whether qemu-img is on this machine (images cannot be checked, so not accepted, without it).
    static bool qemuImgAvailable();
};

} // namespace sd

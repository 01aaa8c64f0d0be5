#pragma once

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QPoint>

namespace sd {

// A changed part of a guest's screen, copied out of the protocol thread's framebuffer so the owner
// thread can apply it without sharing memory with the protocol.
struct FramePatch
{
    QPoint at;
    QImage image;
};

using FramePatches = QList<FramePatch>;

} // namespace sd

Q_DECLARE_METATYPE(sd::FramePatches)

#pragma once

#include "core/result.h"
#include "image/imageinspector.h"

#include <QObject>

#include <optional>

namespace sd {

// Asks ImageService::inspectFile what a local file is, off the GUI thread: qemu-img may take seconds on
// a large image. Each start() carries a generation number and only the newest answer is kept, so a slow
// check of a file the user has since replaced never paints over the current one (hotspot's job tracker).
class ImageFileCheck : public QObject
{
    Q_OBJECT

public:
    explicit ImageFileCheck(QObject *parent = nullptr);

    // Checks path; an empty path forgets the last answer.
    void start(const QString &path);
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    // The newest answer, once the check of path() has finished.
    const std::optional<Result<ImageFileInfo>> &result() const { return m_result; }

Q_SIGNALS:
    void changed();

private:
    void deliver(quint64 generation, const Result<ImageFileInfo> &result);

    quint64 m_generation = 0;
    bool m_running = false;
    QString m_path;
    std::optional<Result<ImageFileInfo>> m_result;
};

} // namespace sd

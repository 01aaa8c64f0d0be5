#include "imagefilecheck.h"

#include "image/imageservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace sd {

ImageFileCheck::ImageFileCheck(QObject *parent) : QObject(parent) {}

void ImageFileCheck::start(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_path = path;
    m_result.reset();
    m_running = !path.isEmpty();
    emit changed();
    if (path.isEmpty())
        return;
    QPointer<ImageFileCheck> self(this);
    QThreadPool::globalInstance()->start([self, generation, path] {
        const Result<ImageFileInfo> result = ImageService::inspectFile(path);
        // Back on the GUI thread, where self is checked: the dialog may be gone by now.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result] {
                if (self)
                    self->deliver(generation, result);
            },
            Qt::QueuedConnection);
    });
}

void ImageFileCheck::deliver(quint64 generation, const Result<ImageFileInfo> &result)
{
    if (generation != m_generation)
        return; // an answer about a file the user has replaced since
    m_running = false;
    m_result = result;
    emit changed();
}

} // namespace sd

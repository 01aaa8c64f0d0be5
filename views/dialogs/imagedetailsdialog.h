#pragma once

#include "core/requestcontext.h"

#include <QDialog>

class QLabel;

namespace sd {

class Engine;
class ImageDetailsView;

// The Image Details window a double-click on an image opens. It does not block the panel, and it follows
// the image: a change elsewhere is shown at once, a deletion is said instead of showing stale values.
class ImageDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ImageDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &imageId,
                       QWidget *parent = nullptr);

    QString imageId() const { return m_imageId; }
    ImageDetailsView *view() const { return m_view; }

private:
    void reload();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_imageId;
    ImageDetailsView *m_view;
    QLabel *m_gone;
};

} // namespace sd

#include "imagedetailsdialog.h"

#include "panels/imagedetailsview.h"

#include "engine.h"
#include "identity/projectservice.h"
#include "image/imageservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sd {

ImageDetailsDialog::ImageDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &imageId,
                                       QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_imageId(imageId), m_view(new ImageDetailsView(this)),
      m_gone(new QLabel(this))
{
    setObjectName(QStringLiteral("ImageDetailsDialog"));
    setWindowTitle(tr("Image Details"));
    resize(720, 660);
    m_gone->setObjectName(QStringLiteral("FieldError"));
    m_gone->setVisible(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_gone);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("image") && id == m_imageId)
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("image") && id == m_imageId) {
            m_view->setEnabled(false);
            m_gone->setText(tr("This image has been deleted."));
            m_gone->setVisible(true);
        }
    });
    reload();
}

void ImageDetailsDialog::reload()
{
    auto image = m_engine.images().show(m_ctx, m_imageId);
    if (!image) {
        m_view->setEnabled(false);
        m_gone->setText(image.error().message);
        m_gone->setVisible(true);
        return;
    }
    QStringList members;
    for (const QString &id : image->memberProjectIds) {
        // A member may not look up other projects; the ID is what Glance shows them too.
        auto project = m_engine.projects().show(m_ctx, id);
        members.append(project ? project->name : id);
    }
    members.sort(Qt::CaseInsensitive);
    setWindowTitle(tr("Image Details: %1").arg(image->name));
    m_view->setImage(*image, members);
}

} // namespace sd

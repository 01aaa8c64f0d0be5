#pragma once

#include "core/requestcontext.h"
#include "image/image.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Compute › Images and Admin › Compute › Images as QActions whose enabled state
// follows the selected images (Horizon's allowed() gates); a disabled action's tooltip says why. What the
// policy forbids this user is hidden. Dialogs open without blocking; the engine's refusals become
// notifications.
class ImageActions : public QObject
{
    Q_OBJECT

public:
    ImageActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Image> &images);

    QAction *createAction() const { return m_create; }
    QAction *detailsAction() const { return m_details; }
    QAction *editAction() const { return m_edit; }
    QAction *metadataAction() const { return m_metadata; }
    QAction *membersAction() const { return m_members; }
    QAction *deactivateAction() const { return m_deactivate; }
    QAction *reactivateAction() const { return m_reactivate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *launchAction() const { return m_launch; }
    // The toolbar's actions, in Horizon's order.
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    // Create Image started an upload; the panel selects the new row.
    void creationStarted(const QString &taskId, const QString &imageName);

private:
    void createImage();
    void showDetails();
    void editImage();
    void updateMetadata();
    void manageMembers();
    void setActive(bool active);
    void deleteImages();
    void launchFromImage();
    void updateEnabled();
    // Why this user may not change the image, or an empty string.
    QString changeRefusal(const Image &image, const QString &action) const;
    QString deleteRefusal(const Image &image) const;

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Image> m_selection;
    QAction *m_create;
    QAction *m_details;
    QAction *m_edit;
    QAction *m_metadata;
    QAction *m_members;
    QAction *m_deactivate;
    QAction *m_reactivate;
    QAction *m_delete;
    QAction *m_launch;
};

} // namespace sd

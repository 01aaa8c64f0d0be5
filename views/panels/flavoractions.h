#pragma once

#include "compute/flavor.h"
#include "core/requestcontext.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Admin › Compute › Flavors: Create Flavor and Delete Flavors on the table, Update
// Metadata, Modify Access, Edit Flavor and Delete Flavor on a row. Enabled states follow the selected
// flavors; a disabled action's tooltip says why. What the policy forbids is hidden; refusals become
// notifications, or stay in the dialog that caused them.
class FlavorActions : public QObject
{
    Q_OBJECT

public:
    FlavorActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Flavor> &flavors);

    QAction *createAction() const { return m_create; }
    QAction *metadataAction() const { return m_metadata; }
    QAction *accessAction() const { return m_access; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void flavorCreated(const QString &name);

private:
    void createFlavor();
    void updateMetadata();
    void modifyAccess();
    void editFlavor();
    void deleteFlavors();
    void updateEnabled();
    // The one selected flavor as the engine has it now; nullopt (and a notification) when it is gone.
    std::optional<Flavor> current();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Flavor> m_selection;
    QAction *m_create;
    QAction *m_metadata;
    QAction *m_access;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Admin › Volume › Volume Types: Create Volume Type on the table; Edit, View/Manage Extra
// Specs and Edit Access (private types) on one row; Delete on one row or many (one confirmation; the
// engine refuses a type that volumes or snapshots still use, and that refusal is shown). What the policy
// forbids is hidden; a disabled action's tooltip says why.
class VolumeTypeActions : public QObject
{
    Q_OBJECT

public:
    VolumeTypeActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<VolumeType> &types);

    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *extraSpecsAction() const { return m_extraSpecs; }
    QAction *accessAction() const { return m_access; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const { return {m_create, m_edit, m_extraSpecs, m_access, m_delete}; }
    QList<QAction *> menuActions() const { return {m_edit, m_extraSpecs, m_access, nullptr, m_delete}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void volumeTypeCreated(const QString &name);

private:
    void createType();
    void editType();
    void manageExtraSpecs();
    void editAccess();
    void deleteTypes();
    void updateEnabled();
    std::optional<VolumeType> current();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<VolumeType> m_selection;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_extraSpecs;
    QAction *m_access;
    QAction *m_delete;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "hosts/hostinfo.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Admin › Hypervisors, as QActions whose enabled state follows the selected hosts
// (Horizon's allowed() gates), each working on every selected host at once where that makes sense.
// Dialogs open window-modal without blocking; the engine's refusals become notifications.
class HostActions : public QObject
{
    Q_OBJECT

public:
    HostActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<HostInfo> &hosts);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *removeAction() const { return m_remove; }
    QList<QAction *> actions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    void addHost();
    void editHost();
    void enableHosts();
    void disableHosts();
    void removeHosts();
    void updateEnabled();
    QStringList selectedNames() const;

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<HostInfo> m_selection;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_remove;
};

} // namespace sd

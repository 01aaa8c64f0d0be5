#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Floating IPs: Allocate IP To Project and Release Floating IPs on the table; Associate,
// Disassociate and Release on a row. What the policy forbids is hidden; a disabled action's tooltip says
// why; refusals become notifications, or stay in the dialog that caused them.
class FloatingIpActions : public QObject
{
    Q_OBJECT

public:
    // adminForm: Allocate asks for the project (Admin › Network › Floating IPs).
    FloatingIpActions(Engine &engine, const RequestContext &ctx, bool adminForm, QWidget *dialogParent);

    void setSelection(const QList<FloatingIp> &fips);

    QAction *allocateAction() const { return m_allocate; }
    QAction *associateAction() const { return m_associate; }
    QAction *disassociateAction() const { return m_disassociate; }
    QAction *releaseAction() const { return m_release; }
    QList<QAction *> toolbarActions() const { return {m_allocate, m_release}; }
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const { return {m_associate, m_disassociate, nullptr, m_release}; }

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void allocated(const QString &address);

private:
    void allocate();
    void associate();
    void disassociate();
    void release();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    bool m_adminForm;
    QWidget *m_dialogParent;
    QList<FloatingIp> m_selection;
    QAction *m_allocate;
    QAction *m_associate;
    QAction *m_disassociate;
    QAction *m_release;
};

} // namespace sd

#pragma once

#include "compute/instance/actiongate.h"
#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The Instances row actions for volumes: Attach Volume and Detach Volume, each opening its form for one
// instance. Both need the instance ACTIVE or SHUTOFF with no task under way (and unlocked for a
// non-admin); Detach also needs a volume attached that is not the root disk. A disabled action's tooltip
// says why; what the policy forbids is hidden. The actions follow the volumes: an attach that ends
// enables Detach without the selection changing.
class InstanceVolumeActions : public QObject
{
    Q_OBJECT

public:
    InstanceVolumeActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Instance> &instances);
    QAction *attachAction() const { return m_attach; }
    QAction *detachAction() const { return m_detach; }

    // Why the action cannot run on the instance now; empty when it can.
    QString attachRefusal(const Instance &instance) const;
    QString detachRefusal(const Instance &instance) const;

private:
    QString stateRefusal(const Instance &instance, InstanceAction action) const;
    void updateEnabled();
    void openAttach();
    void openDetach();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Instance> m_selection;
    QAction *m_attach;
    QAction *m_detach;
};

} // namespace sd

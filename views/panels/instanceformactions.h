#pragma once

#include "compute/instance/actiongate.h"
#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include <QMap>
#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace sd {

class Engine;

// The Instances row actions that open a form for one instance: Create Snapshot, Associate and
// Disassociate Floating IP, Attach and Detach Interface, Edit Security Groups, Rescue, Resize, Migrate,
// Live Migrate, Rebuild. Each is enabled when one instance is selected and ActionGate (plus Horizon's
// own conditions: a floating IP to remove, a fixed address to detach) allows it; a disabled action's
// tooltip says why. What the policy forbids is hidden.
class InstanceFormActions : public QObject
{
    Q_OBJECT

public:
    InstanceFormActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<Instance> &instances);
    QAction *action(InstanceAction action) const { return m_actions.value(action); }

private:
    using Factory = std::function<QDialog *(const Instance &)>;
    void add(InstanceAction action, const QString &text, const QString &icon, const QString &what, Factory factory);
    // Why the action cannot run on the instance now; empty when it can.
    QString refusal(InstanceAction action, const Instance &instance) const;

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<Instance> m_selection;
    QMap<InstanceAction, QAction *> m_actions;
    QMap<InstanceAction, QString> m_what;
};

} // namespace sd

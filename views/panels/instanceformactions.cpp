#include "instanceformactions.h"

#include "dialogs/instance/attachinterfacedialog.h"
#include "dialogs/instance/createsnapshotdialog.h"
#include "dialogs/instance/detachinterfacedialog.h"
#include "dialogs/instance/editsecuritygroupsdialog.h"
#include "dialogs/instance/instancefloatingipdialogs.h"
#include "dialogs/instance/migrateinstancedialog.h"
#include "dialogs/instance/rebuildinstancedialog.h"
#include "dialogs/instance/rescueinstancedialog.h"
#include "dialogs/instance/resizeinstancedialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"

#include <QAction>
#include <QDialog>

namespace sd {

namespace {
bool hasFloating(const Instance &i)
{
    return std::any_of(i.addresses.cbegin(), i.addresses.cend(), [](const InstanceAddress &a) { return a.floating; });
}

bool hasFixed(const Instance &i)
{
    return std::any_of(i.addresses.cbegin(), i.addresses.cend(), [](const InstanceAddress &a) { return !a.floating; });
}
} // namespace

InstanceFormActions::InstanceFormActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent)
{
    using A = InstanceAction;
    QWidget *p = dialogParent;
    add(A::CreateImage, tr("Create Snapshot…"), QStringLiteral("action-snapshot"),
        tr("Save the root disk as an image to launch new instances from"),
        [&engine, ctx, p](const Instance &i) { return new CreateSnapshotDialog(engine, ctx, i, p); });
    add(A::AddFloatingIp, tr("Associate Floating IP…"), QStringLiteral("panel-floatingips"),
        tr("Make the instance reachable at one of the project's floating IPs"),
        [&engine, ctx, p](const Instance &i) { return new AssociateInstanceFloatingIpDialog(engine, ctx, i, p); });
    add(A::RemoveFloatingIp, tr("Disassociate Floating IP…"), QStringLiteral("panel-floatingips"),
        tr("Take a floating IP off the instance"),
        [&engine, ctx, p](const Instance &i) { return new DisassociateInstanceFloatingIpDialog(engine, ctx, i, p); });
    add(A::AttachInterface, tr("Attach Interface…"), QStringLiteral("action-add"),
        tr("Give the instance one more network interface"),
        [&engine, ctx, p](const Instance &i) { return new AttachInterfaceDialog(engine, ctx, i, p); });
    add(A::DetachInterface, tr("Detach Interface…"), QStringLiteral("action-remove"),
        tr("Unplug one of the instance's network interfaces"),
        [&engine, ctx, p](const Instance &i) { return new DetachInterfaceDialog(engine, ctx, i, p); });
    add(A::AddSecurityGroup, tr("Edit Security Groups…"), QStringLiteral("panel-securitygroups"),
        tr("Choose the security groups of the instance's ports"),
        [&engine, ctx, p](const Instance &i) { return new EditSecurityGroupsDialog(engine, ctx, i, p); });
    add(A::Rescue, tr("Rescue Instance…"), QStringLiteral("action-rescue"),
        tr("Boot a rescue system with the instance's disk attached, to repair it"),
        [&engine, ctx, p](const Instance &i) { return new RescueInstanceDialog(engine, ctx, i, p); });
    add(A::Resize, tr("Resize Instance…"), QStringLiteral("action-resize"),
        tr("Move the instance to another flavor"),
        [&engine, ctx, p](const Instance &i) { return new ResizeInstanceDialog(engine, ctx, i, p); });
    add(A::Migrate, tr("Migrate Instance…"), QStringLiteral("action-migrate"),
        tr("Shut the instance down and move it to another host"),
        [&engine, ctx, p](const Instance &i) { return new MigrateInstanceDialog(engine, ctx, i, false, p); });
    add(A::LiveMigrate, tr("Live Migrate Instance…"), QStringLiteral("action-migrate"),
        tr("Move the running instance to another host without stopping it"),
        [&engine, ctx, p](const Instance &i) { return new MigrateInstanceDialog(engine, ctx, i, true, p); });
    add(A::Rebuild, tr("Rebuild Instance…"), QStringLiteral("action-reboot"),
        tr("Replace the root disk with a fresh one from an image"),
        [&engine, ctx, p](const Instance &i) { return new RebuildInstanceDialog(engine, ctx, i, p); });
    // Edit Security Groups both adds and removes: it needs both rules.
    m_actions.value(A::AddSecurityGroup)
        ->setVisible(engine.policy().allows(ctx, QStringLiteral("server:addSecurityGroup"))
                     && engine.policy().allows(ctx, QStringLiteral("server:removeSecurityGroup")));
    setSelection({});
}

void InstanceFormActions::add(InstanceAction action, const QString &text, const QString &icon, const QString &what,
                              Factory factory)
{
    auto *a = new QAction(Icons::get(icon), text, this);
    // "CreateImage" -> "createImageAction", as the other instance actions are named.
    QString name = instanceActionName(action);
    name.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    a->setObjectName(name + QStringLiteral("InstanceAction"));
    a->setVisible(m_engine.policy().allows(m_ctx, QStringLiteral("server:") + instanceActionName(action)));
    m_actions.insert(action, a);
    m_what.insert(action, what);
    connect(a, &QAction::triggered, this, [this, action, factory] {
        if (m_selection.size() != 1 || !refusal(action, m_selection.first()).isEmpty())
            return;
        QDialog *dialog = factory(m_selection.first());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

QString InstanceFormActions::refusal(InstanceAction action, const Instance &instance) const
{
    if (auto gate = ActionGate::check(instance, action, m_ctx.isAdmin()); !gate)
        return gate.error().message;
    switch (action) {
    case InstanceAction::AddFloatingIp:
        if (instance.vmState == VmState::Error)
            return tr("Instance %1 is in ERROR: delete or rebuild it first").arg(instance.name);
        if (!hasFixed(instance))
            return tr("Instance %1 has no fixed address to take a floating IP").arg(instance.name);
        if (hasFloating(instance))
            return tr("Instance %1 has a floating IP already").arg(instance.name);
        break;
    case InstanceAction::RemoveFloatingIp:
        if (!hasFloating(instance))
            return tr("Instance %1 has no floating IP").arg(instance.name);
        break;
    case InstanceAction::DetachInterface:
        if (!hasFixed(instance))
            return tr("Instance %1 has no interface to detach").arg(instance.name);
        break;
    case InstanceAction::Migrate:
    case InstanceAction::LiveMigrate:
        if (instance.hostId.isEmpty())
            return tr("Instance %1 is on no host").arg(instance.name);
        break;
    default: break;
    }
    return {};
}

void InstanceFormActions::setSelection(const QList<Instance> &instances)
{
    m_selection = instances;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QString why = instances.size() == 1 ? refusal(it.key(), instances.first())
                                            : tr("Select one instance");
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? m_what.value(it.key()) : why);
    }
}

} // namespace sd

#include "instancevolumeactions.h"

#include "dialogs/attachvolumedialog.h"
#include "dialogs/detachvolumedialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "volume/volumeservice.h"

#include <QAction>

namespace sd {

InstanceVolumeActions::InstanceVolumeActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_attach(new QAction(Icons::get(QStringLiteral("action-add")), tr("Attach Volume…"), this)),
      m_detach(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Detach Volume…"), this))
{
    m_attach->setObjectName(QStringLiteral("attachVolumeInstanceAction"));
    m_detach->setObjectName(QStringLiteral("detachVolumeInstanceAction"));
    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    m_attach->setVisible(engine.policy().allows(ctx, QStringLiteral("server:attach_volume")));
    m_detach->setVisible(engine.policy().allows(ctx, QStringLiteral("server:detach_volume")));
    connect(m_attach, &QAction::triggered, this, &InstanceVolumeActions::openAttach);
    connect(m_detach, &QAction::triggered, this, &InstanceVolumeActions::openDetach);
    // An attach or detach that ends changes what Detach offers, without the selection changing.
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("volume") && !m_selection.isEmpty())
            updateEnabled();
    });
    updateEnabled();
}

void InstanceVolumeActions::setSelection(const QList<Instance> &instances)
{
    m_selection = instances;
    updateEnabled();
}

QString InstanceVolumeActions::stateRefusal(const Instance &instance, InstanceAction action) const
{
    // The engine's gate first (busy, locked, states it can attach in), in its own words.
    if (auto gate = ActionGate::check(instance, action, m_ctx.isAdmin()); !gate)
        return gate.error().message;
    // Horizon offers the volume actions on running and stopped instances; a paused guest is resumed first.
    if (instance.vmState != VmState::Active && instance.vmState != VmState::Stopped)
        return tr("Instance %1 is %2: %3 needs it ACTIVE or SHUTOFF")
            .arg(instance.name, instance.status(), ActionGate::label(action));
    return {};
}

QString InstanceVolumeActions::attachRefusal(const Instance &instance) const
{
    return stateRefusal(instance, InstanceAction::AttachVolume);
}

QString InstanceVolumeActions::detachRefusal(const Instance &instance) const
{
    if (QString why = stateRefusal(instance, InstanceAction::DetachVolume); !why.isEmpty())
        return why;
    const QList<Volume> attached = m_engine.volumes().attachedTo(instance.id);
    if (std::none_of(attached.cbegin(), attached.cend(), [](const Volume &v) { return !v.bootIndexZero; }))
        return attached.isEmpty()
                   ? tr("Instance %1 has no volume attached").arg(instance.name)
                   : tr("Instance %1 has only its root volume, which cannot be detached").arg(instance.name);
    return {};
}

void InstanceVolumeActions::updateEnabled()
{
    // The selection is a snapshot of the rows; a volume's change is read again here.
    const bool one = m_selection.size() == 1;
    const QString attach = one ? attachRefusal(m_selection.first()) : tr("Select one instance");
    const QString detach = one ? detachRefusal(m_selection.first()) : tr("Select one instance");
    m_attach->setEnabled(attach.isEmpty());
    m_attach->setToolTip(attach.isEmpty() ? tr("Give the instance one of its project's volumes as a disk")
                                          : attach);
    m_detach->setEnabled(detach.isEmpty());
    m_detach->setToolTip(detach.isEmpty() ? tr("Unplug one of the instance's volumes") : detach);
}

void InstanceVolumeActions::openAttach()
{
    if (m_selection.size() != 1 || !attachRefusal(m_selection.first()).isEmpty())
        return;
    auto *dialog = new AttachVolumeDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void InstanceVolumeActions::openDetach()
{
    if (m_selection.size() != 1 || !detachRefusal(m_selection.first()).isEmpty())
        return;
    auto *dialog = new DetachVolumeDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd

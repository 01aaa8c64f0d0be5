#include "instanceactions.h"

#include "console/consolelauncher.h"
#include "console/consoleservice.h"

#include "dialogs/editinstancedialog.h"
#include "dialogs/metadatadialog.h"
#include "icons.h"
#include "instancedetailsdialog.h"
#include "instanceformactions.h"
#include "instancevolumeactions.h"
#include "wizards/launch/launchinstancewizard.h"
#include "wizards/launch/launchquota.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
QStringList namesOf(const QList<Instance> &instances)
{
    QStringList names;
    for (const Instance &i : instances)
        names.append(i.name);
    return names;
}
} // namespace

InstanceActions::InstanceActions(Engine &engine, const RequestContext &ctx, InstanceModel::Scope scope,
                                 QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_scope(scope), m_dialogParent(dialogParent),
      m_launch(new QAction(Icons::get(QStringLiteral("action-launch")), tr("Launch Instance…"), this)),
      m_details(new QAction(Icons::get(QStringLiteral("about")), tr("View Details"), this)), m_edit(nullptr),
      m_metadata(new QAction(Icons::get(QStringLiteral("action-metadata")), tr("Update Metadata…"), this)),
      m_log(new QAction(Icons::get(QStringLiteral("about")), tr("View Log"), this)),
      m_console(new QAction(Icons::get(QStringLiteral("console-keyboard")), tr("Console"), this)),
      m_launcher(new ConsoleLauncher(engine, ctx, this)), m_delete(nullptr),
      m_more(new QMenu(tr("More Actions"), dialogParent)), m_moreAction(nullptr),
      m_forms(new InstanceFormActions(engine, ctx, dialogParent)),
      m_volumes(new InstanceVolumeActions(engine, ctx, dialogParent))
{
    using A = InstanceAction;
    makeGated(A::Start, QStringLiteral("action-start"), QStringLiteral("startInstanceAction"),
              tr("Power on the selected instances"));
    makeGated(A::Stop, QStringLiteral("action-stop"), QStringLiteral("stopInstanceAction"),
              tr("Shut the selected instances down (ACPI, then power off)"));
    makeGated(A::Reboot, QStringLiteral("action-reboot"), QStringLiteral("rebootInstanceAction"),
              tr("Ask the guests to restart"));
    makeGated(A::HardReboot, QStringLiteral("action-reboot"), QStringLiteral("hardRebootInstanceAction"),
              tr("Power-cycle the selected instances, as pressing reset"));
    makeGated(A::Pause, QStringLiteral("action-disable"), QStringLiteral("pauseInstanceAction"),
              tr("Freeze the guests in memory"));
    makeGated(A::Unpause, QStringLiteral("action-start"), QStringLiteral("unpauseInstanceAction"),
              tr("Let paused guests run again"));
    makeGated(A::Suspend, QStringLiteral("action-disable"), QStringLiteral("suspendInstanceAction"),
              tr("Save the guests' memory to disk and free the host's RAM"));
    makeGated(A::Resume, QStringLiteral("action-start"), QStringLiteral("resumeInstanceAction"),
              tr("Restore suspended guests from disk"));
    makeGated(A::Lock, QStringLiteral("lock"), QStringLiteral("lockInstanceAction"),
              tr("Refuse actions on the selected instances until they are unlocked"));
    makeGated(A::Unlock, QStringLiteral("unlock"), QStringLiteral("unlockInstanceAction"),
              tr("Allow actions on the selected instances again"));
    makeGated(A::Shelve, QStringLiteral("action-shelve"), QStringLiteral("shelveInstanceAction"),
              tr("Shut the instances down and free their hosts; their disks are kept"));
    makeGated(A::Unshelve, QStringLiteral("action-start"), QStringLiteral("unshelveInstanceAction"),
              tr("Place shelved instances on a host again and boot them"));
    makeGated(A::Unrescue, QStringLiteral("action-start"), QStringLiteral("unrescueInstanceAction"),
              tr("Boot rescued instances from their own disk again"));
    makeGated(A::ConfirmResize, QStringLiteral("check"), QStringLiteral("confirmResizeInstanceAction"),
              tr("Keep the new flavor or host and remove the instance from the old host"));
    makeGated(A::RevertResize, QStringLiteral("cross"), QStringLiteral("revertResizeInstanceAction"),
              tr("Go back to the old flavor and host"));
    m_edit = makeGated(A::Update, QStringLiteral("action-edit"), QStringLiteral("editInstanceAction"),
                       tr("Change the name and the description of the instance"));
    m_edit->setText(tr("Edit Instance…"));
    m_delete = makeGated(A::Delete, QStringLiteral("action-remove"), QStringLiteral("deleteInstanceAction"),
                         tr("Delete the selected instances and release what they hold"));
    m_gated.value(A::HardReboot)->setText(tr("Hard Reboot…"));
    m_delete->setText(tr("Delete Instances…"));
    m_delete->setShortcut(QKeySequence::Delete);

    m_launch->setObjectName(QStringLiteral("launchInstanceAction"));
    m_details->setObjectName(QStringLiteral("instanceDetailsAction"));
    m_metadata->setObjectName(QStringLiteral("instanceMetadataAction"));
    m_log->setObjectName(QStringLiteral("instanceLogAction"));
    m_details->setToolTip(tr("Overview, interfaces, log and action log of the instance"));
    m_log->setToolTip(tr("The last lines of the instance's serial console"));
    m_metadata->setVisible(engine.policy().allows(ctx, QStringLiteral("server:update")));
    m_log->setVisible(engine.policy().allows(ctx, QStringLiteral("server:console")));
    // Horizon's Admin › Instances launches nothing: instances are launched into a project.
    m_launch->setVisible(scope == InstanceModel::Scope::Project &&
                         engine.policy().allows(ctx, QStringLiteral("server:create")));

    // Horizon's "More Actions": the bulk power actions of InstancesTable.Meta.
    m_more->setObjectName(QStringLiteral("MoreActionsMenu"));
    m_more->addAction(m_gated.value(A::Start));
    m_more->addAction(m_gated.value(A::Stop));
    m_more->addAction(m_gated.value(A::Reboot));
    m_moreAction = m_more->menuAction();
    m_moreAction->setObjectName(QStringLiteral("moreActionsAction"));
    m_moreAction->setIcon(Icons::get(QStringLiteral("settings")));

    connect(m_launch, &QAction::triggered, this, &InstanceActions::openLaunch);
    connect(m_details, &QAction::triggered, this, [this] { showDetails(0); });
    connect(m_log, &QAction::triggered, this, [this] { showDetails(InstanceDetailsDialog::LogTab); });
    m_console->setObjectName(QStringLiteral("instanceConsoleAction"));
    // Horizon: the Console action needs CONSOLE_TYPE set (not None).
    m_console->setVisible(ConsoleLauncher::consolesShown(engine, ctx));
    connect(m_console, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            m_launcher->open(m_selection.first().id);
    });
    connect(m_launcher, &ConsoleLauncher::failed, this, &InstanceActions::notify);
    connect(m_metadata, &QAction::triggered, this, &InstanceActions::updateMetadata);
    updateLaunch();
    updateEnabled();
}

QAction *InstanceActions::makeGated(InstanceAction action, const QString &icon, const QString &objectName,
                                    const QString &what)
{
    auto *a = new QAction(Icons::get(icon), ActionGate::label(action), this);
    a->setObjectName(objectName);
    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    a->setVisible(m_engine.policy().allows(m_ctx, QStringLiteral("server:") + instanceActionName(action)));
    m_gated.insert(action, a);
    m_what.insert(action, what);
    connect(a, &QAction::triggered, this, [this, action] {
        if (action == InstanceAction::Update)
            editInstance();
        else if (action == InstanceAction::HardReboot || action == InstanceAction::Delete)
            confirmThenRun(action);
        else
            runOnSelection(action);
    });
    return a;
}

QList<QAction *> InstanceActions::toolbarActions() const
{
    return {m_launch, m_delete, m_moreAction};
}

QList<QAction *> InstanceActions::menuActions() const
{
    using A = InstanceAction;
    const auto g = [this](A a) { return action(a); };
    // Horizon's menu order (project/instances/tables.py), in groups.
    return {m_details,           m_console,             m_log,
            nullptr,             g(A::Start),           g(A::ConfirmResize),     g(A::RevertResize),
            nullptr,             g(A::CreateImage),     g(A::AddFloatingIp),     g(A::RemoveFloatingIp),
            g(A::AttachInterface), g(A::DetachInterface),
            nullptr,             m_edit,                m_volumes->attachAction(), m_volumes->detachAction(),
            m_metadata,          g(A::AddSecurityGroup),
            nullptr,             g(A::Rescue),          g(A::Unrescue),          g(A::Pause),
            g(A::Unpause),       g(A::Suspend),         g(A::Resume),            g(A::Shelve),
            g(A::Unshelve),
            nullptr,             g(A::Resize),          g(A::Lock),              g(A::Unlock),
            nullptr,             g(A::Reboot),          g(A::HardReboot),        g(A::Migrate),
            g(A::LiveMigrate),   g(A::Stop),            g(A::Rebuild),
            nullptr,             m_delete};
}

QAction *InstanceActions::action(InstanceAction a) const
{
    if (QAction *gated = m_gated.value(a))
        return gated;
    return m_forms->action(a);
}

void InstanceActions::setSelection(const QList<Instance> &instances)
{
    m_selection = instances;
    m_forms->setSelection(instances);
    m_volumes->setSelection(instances);
    updateEnabled();
}

QList<Instance> InstanceActions::allowed(InstanceAction action, QStringList *refused) const
{
    QList<Instance> ok;
    for (const Instance &i : m_selection) {
        auto gate = ActionGate::check(i, action, m_ctx.isAdmin());
        // Lock and Unlock toggle, as Horizon's: the gate allows both in any state.
        if (gate && action == InstanceAction::Lock && i.locked)
            gate = makeError(ErrorCode::Conflict, tr("Instance %1 is already locked").arg(i.name));
        if (gate && action == InstanceAction::Unlock && !i.locked)
            gate = makeError(ErrorCode::Conflict, tr("Instance %1 is not locked").arg(i.name));
        if (gate)
            ok.append(i);
        else if (refused)
            refused->append(gate.error().message);
    }
    return ok;
}

void InstanceActions::updateEnabled()
{
    for (auto it = m_gated.cbegin(); it != m_gated.cend(); ++it) {
        QStringList refused;
        const bool any = !allowed(it.key(), &refused).isEmpty();
        // Edit works on one instance; every other action on the whole selection.
        const bool enabled = it.key() == InstanceAction::Update ? any && m_selection.size() == 1 : any;
        it.value()->setEnabled(enabled);
        // A disabled action says why: the gate's own sentence for the first selected instance.
        it.value()->setToolTip(enabled || refused.isEmpty() ? m_what.value(it.key()) : refused.first());
    }
    const bool one = m_selection.size() == 1;
    m_details->setEnabled(one);
    m_log->setEnabled(one);
    // The console's own checks (running, a host with a display, up) give the tooltip of a disabled one.
    const auto console = one ? m_engine.consoles().checkConsole(m_ctx, m_selection.first().id)
                             : Result<void>(makeError(ErrorCode::BadRequest, QString()));
    m_console->setEnabled(console.ok());
    m_console->setToolTip(console.ok() || !one ? tr("Open the instance's console in a window")
                                               : console.error().message);
    m_metadata->setEnabled(one && m_edit->isEnabled());
    m_metadata->setToolTip(m_metadata->isEnabled() || !one
                               ? tr("Add, change or remove the instance's metadata")
                               : m_edit->toolTip());
    m_delete->setText(m_selection.size() == 1 ? tr("Delete Instance…") : tr("Delete Instances…"));
    m_delete->setIconText(tr("Delete Instances"));
}

void InstanceActions::updateLaunch()
{
    const QString why = LaunchQuota::read(m_engine, m_ctx).exhausted();
    m_launch->setEnabled(why.isEmpty());
    m_launch->setText(why.isEmpty() ? tr("Launch Instance…") : tr("Launch Instance (Quota exceeded)"));
    m_launch->setToolTip(why.isEmpty() ? tr("Launch instances into project %1").arg(m_ctx.projectName) : why);
}

void InstanceActions::runOnSelection(InstanceAction action)
{
    QStringList refused;
    const QList<Instance> targets = allowed(action, &refused);
    // The instances the gate refused are named once, not one notification each.
    if (!refused.isEmpty())
        emit notify(tr("%1 left out instances it cannot act on").arg(ActionGate::label(action)),
                    refused.join(QLatin1Char('\n')));
    run(action, targets);
}

void InstanceActions::run(InstanceAction action, const QList<Instance> &targets)
{
    for (const Instance &i : targets) {
        auto result = action == InstanceAction::Delete
                          ? m_engine.instances().remove(m_ctx.withNewRequestId(), i.id)
                          : m_engine.instances().perform(m_ctx.withNewRequestId(), i.id, action);
        if (!result)
            emit notify(result.error().message, result.error().details);
    }
}

void InstanceActions::confirmThenRun(InstanceAction action)
{
    QStringList refused;
    const QList<Instance> targets = allowed(action, &refused);
    if (targets.isEmpty())
        return;
    const bool remove = action == InstanceAction::Delete;
    const bool one = targets.size() == 1;
    const QString names = namesOf(targets).join(QStringLiteral(", "));
    const QString title = remove ? (one ? tr("Delete Instance") : tr("Delete Instances"))
                                 : (one ? tr("Hard Reboot Instance") : tr("Hard Reboot Instances"));
    auto *box =
        new QMessageBox(QMessageBox::Warning, title,
                        remove ? (one ? tr("Delete instance %1?").arg(names)
                                      : tr("Delete %1 instances: %2?").arg(targets.size()).arg(names))
                               : (one ? tr("Hard reboot instance %1?").arg(names)
                                      : tr("Hard reboot %1 instances: %2?").arg(targets.size()).arg(names)),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(remove ? QStringLiteral("DeleteInstanceConfirmation")
                              : QStringLiteral("HardRebootInstanceConfirmation"));
    box->setTextFormat(Qt::PlainText);
    QString info = remove ? tr("Deleted instances are not recoverable. Their ports, addresses, disks and "
                               "quota are released.")
                          : tr("A hard reboot power-cycles the guests: what they have not written to disk "
                               "is lost.");
    if (!refused.isEmpty())
        info += QLatin1Char('\n') + tr("Left out: %1").arg(refused.join(QStringLiteral("; ")));
    box->setInformativeText(info);
    QPushButton *go = box->addButton(title, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, action, targets](QAbstractButton *clicked) {
        if (clicked == go)
            run(action, targets);
    });
    box->open();
}

void InstanceActions::openLaunch()
{
    if (!m_launch->isEnabled())
        return;
    auto *wizard = new LaunchInstanceWizard(m_engine, m_ctx, {}, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LaunchInstanceWizard::launched, this, &InstanceActions::launched);
    wizard->open();
}

void InstanceActions::showDetails(int tab)
{
    if (m_selection.size() != 1)
        return;
    const QString id = m_selection.first().id;
    // One window per instance: asking again brings the open one back, on the tab asked for.
    InstanceDetailsDialog *dialog = nullptr;
    for (auto *open : m_dialogParent->findChildren<InstanceDetailsDialog *>())
        if (open->instanceId() == id)
            dialog = open;
    if (!dialog) {
        dialog = new InstanceDetailsDialog(m_engine, m_ctx, id, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &InstanceDetailsDialog::notify, this, &InstanceActions::notify);
    }
    dialog->showTab(tab);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void InstanceActions::editInstance()
{
    if (m_selection.size() != 1 || !m_edit->isEnabled())
        return;
    auto *dialog = new EditInstanceDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void InstanceActions::updateMetadata()
{
    if (m_selection.size() != 1 || !m_metadata->isEnabled())
        return;
    const Instance instance = m_selection.first();
    auto *dialog = new MetadataDialog(
        tr("Update Metadata of Instance %1").arg(instance.name),
        tr("Metadata are free key/value pairs the guest can read from the metadata service and that "
           "describe the instance to people and scripts. Keys and values take at most 255 characters."),
        instance.metadata,
        [](const QString &key, const QString &value) {
            auto valid = InstanceService::validateMetadata({{key, value}});
            return valid ? QString() : valid.error().message;
        },
        m_dialogParent);
    dialog->setObjectName(QStringLiteral("InstanceMetadataDialog"));
    dialog->setApplier(
        [this, id = instance.id](const QMap<QString, QString> &changed, const QStringList &removed) {
            InstanceUpdate change;
            change.setMetadata = changed;
            change.unsetMetadata = removed;
            auto result = m_engine.instances().update(m_ctx.withNewRequestId(), id, change);
            return result ? QString() : result.error().message;
        });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd

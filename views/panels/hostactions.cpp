#include "hostactions.h"

#include "dialogs/addhostdialog.h"
#include "dialogs/disablehostdialog.h"
#include "dialogs/edithostdialog.h"
#include "icons.h"

#include "engine.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

HostActions::HostActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_add(new QAction(Icons::get(QStringLiteral("action-add")), tr("Add Host…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Host…"), this)),
      m_enable(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Enable Service"), this)),
      m_disable(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Disable Service…"), this)),
      m_remove(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Remove Host…"), this))
{
    m_add->setObjectName(QStringLiteral("addHostAction"));
    m_edit->setObjectName(QStringLiteral("editHostAction"));
    m_enable->setObjectName(QStringLiteral("enableHostAction"));
    m_disable->setObjectName(QStringLiteral("disableHostAction"));
    m_remove->setObjectName(QStringLiteral("removeHostAction"));
    m_add->setToolTip(tr("Connect a libvirt host and add it to the cloud"));
    m_edit->setToolTip(tr("Change the name, zone, allocation ratios or reserved resources of the host"));
    m_enable->setToolTip(tr("Let the scheduler place new instances on the selected hosts"));
    m_disable->setToolTip(tr("Keep the scheduler from placing new instances on the selected hosts"));
    m_remove->setToolTip(tr("Forget the selected hosts; their domains are left alone"));
    m_remove->setShortcut(QKeySequence::Delete);

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_add->setVisible(policy.allows(ctx, QStringLiteral("host:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("host:update")));
    m_enable->setVisible(policy.allows(ctx, QStringLiteral("host:enable")));
    m_disable->setVisible(policy.allows(ctx, QStringLiteral("host:disable")));
    m_remove->setVisible(policy.allows(ctx, QStringLiteral("host:delete")));

    connect(m_add, &QAction::triggered, this, &HostActions::addHost);
    connect(m_edit, &QAction::triggered, this, &HostActions::editHost);
    connect(m_enable, &QAction::triggered, this, &HostActions::enableHosts);
    connect(m_disable, &QAction::triggered, this, &HostActions::disableHosts);
    connect(m_remove, &QAction::triggered, this, &HostActions::removeHosts);
    updateEnabled();
}

QList<QAction *> HostActions::actions() const
{
    return {m_add, m_edit, m_enable, m_disable, m_remove};
}

QList<QAction *> HostActions::menuActions() const
{
    return {m_edit, nullptr, m_enable, m_disable, nullptr, m_remove};
}

void HostActions::setSelection(const QList<HostInfo> &hosts)
{
    m_selection = hosts;
    updateEnabled();
}

void HostActions::updateEnabled()
{
    const bool anyEnabled = std::any_of(m_selection.begin(), m_selection.end(),
                                        [](const HostInfo &h) { return h.record.enabled; });
    const bool anyDisabled = std::any_of(m_selection.begin(), m_selection.end(),
                                         [](const HostInfo &h) { return !h.record.enabled; });
    m_edit->setEnabled(m_selection.size() == 1);
    m_enable->setEnabled(anyDisabled);
    m_disable->setEnabled(anyEnabled);
    m_remove->setEnabled(!m_selection.isEmpty());
}

QStringList HostActions::selectedNames() const
{
    QStringList names;
    for (const HostInfo &h : m_selection)
        names.append(h.record.name);
    return names;
}

void HostActions::addHost()
{
    auto *dialog = new AddHostDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HostActions::editHost()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = new EditHostDialog(m_engine, m_ctx, m_selection.first(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HostActions::enableHosts()
{
    for (const HostInfo &h : std::as_const(m_selection)) {
        if (h.record.enabled)
            continue;
        if (auto r = m_engine.hosts().enable(m_ctx.withNewRequestId(), h.record.id); !r)
            emit notify(r.error().message, r.error().details);
    }
}

void HostActions::disableHosts()
{
    QList<HostInfo> targets;
    for (const HostInfo &h : std::as_const(m_selection))
        if (h.record.enabled)
            targets.append(h);
    if (targets.isEmpty())
        return;
    QStringList names;
    for (const HostInfo &h : targets)
        names.append(h.record.name);
    auto *dialog = new DisableHostDialog(names, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        for (const HostInfo &h : targets)
            if (auto r = m_engine.hosts().disable(m_ctx.withNewRequestId(), h.record.id, dialog->reason());
                !r)
                emit notify(r.error().message, r.error().details);
    });
    dialog->open();
}

void HostActions::removeHosts()
{
    if (m_selection.isEmpty())
        return;
    const QList<HostInfo> targets = m_selection;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Remove Host"),
                        (targets.size() == 1 ? tr("Remove host %1?")
                                             : tr("Remove %n hosts: %1?", nullptr, int(targets.size())))
                            .arg(selectedNames().join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("RemoveHostConfirmation"));
    box->setInformativeText(
        tr("StackDesk closes the connection and forgets the host; the domains on it are not "
           "touched. A host that still runs StackDesk instances is refused."));
    QPushButton *remove = box->addButton(tr("Remove Host"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        // Each removal is a task; a failed task reaches the user through the engine's notification.
        for (const HostInfo &h : targets)
            if (auto r = m_engine.hosts().remove(m_ctx.withNewRequestId(), h.record.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd

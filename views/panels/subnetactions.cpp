#include "subnetactions.h"

#include "dialogs/subnetdialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/subnetservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

SubnetActions::SubnetActions(Engine &engine, const RequestContext &ctx, const Network &network,
                             QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_network(network), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Subnet…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Subnet…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Subnet…"), this))
{
    m_create->setObjectName(QStringLiteral("createSubnetAction"));
    m_edit->setObjectName(QStringLiteral("editSubnetAction"));
    m_delete->setObjectName(QStringLiteral("deleteSubnetAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIconText(tr("Delete…"));
    m_edit->setIconText(tr("Edit…"));
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("subnet:create"), ctx.projectId));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("subnet:update"), ctx.projectId));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("subnet:delete"), ctx.projectId));
    connect(m_create, &QAction::triggered, this, &SubnetActions::createSubnet);
    connect(m_edit, &QAction::triggered, this, &SubnetActions::editSubnet);
    connect(m_delete, &QAction::triggered, this, &SubnetActions::deleteSubnets);
    updateEnabled();
}

void SubnetActions::setNetwork(const Network &network)
{
    m_network = network;
    updateEnabled();
}

void SubnetActions::setSelection(const QList<Subnet> &subnets)
{
    m_selection = subnets;
    updateEnabled();
}

QString SubnetActions::refusal(const QString &action) const
{
    if (m_engine.policy().allows(m_ctx, action, m_network.projectId))
        return {};
    return tr("Network %1 belongs to project %2; only its members or an administrator may change its subnets")
        .arg(m_network.name, m_network.projectName.isEmpty() ? m_network.projectId : m_network.projectName);
}

void SubnetActions::updateEnabled()
{
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    const QString createWhy = refusal(QStringLiteral("subnet:create"));
    gate(m_create, createWhy.isEmpty(), createWhy, tr("Add an address range to this network"));
    const bool one = m_selection.size() == 1;
    const QString editWhy = refusal(QStringLiteral("subnet:update"));
    gate(m_edit, one && editWhy.isEmpty(), editWhy,
         tr("Change the gateway, DHCP, pools, DNS servers or host routes of the selected subnet"));
    const QString deleteWhy = refusal(QStringLiteral("subnet:delete"));
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Subnets…") : tr("Delete Subnet…"));
    gate(m_delete, !m_selection.isEmpty() && deleteWhy.isEmpty(), deleteWhy,
         tr("Delete the selected subnets; refused while ports hold addresses from them"));
}

void SubnetActions::createSubnet()
{
    if (!m_create->isEnabled())
        return;
    auto *dialog = new SubnetDialog(m_engine, m_ctx, m_network, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubnetDialog::subnetSaved, this, &SubnetActions::subnetSaved);
    dialog->open();
}

void SubnetActions::editSubnet()
{
    if (m_selection.size() != 1 || !m_edit->isEnabled())
        return;
    // The selection is a snapshot; the dialog starts from what the engine has now.
    auto subnet = m_engine.subnets().show(m_ctx, m_selection.first().id);
    if (!subnet) {
        emit notify(subnet.error().message, subnet.error().details);
        return;
    }
    auto *dialog = new SubnetDialog(m_engine, m_ctx, m_network, *subnet, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubnetDialog::subnetSaved, this, &SubnetActions::subnetSaved);
    dialog->open();
}

void SubnetActions::deleteSubnets()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    const QList<Subnet> targets = m_selection;
    QStringList names;
    for (const Subnet &subnet : targets)
        names.append(subnet.name.isEmpty() ? subnet.cidr : tr("%1 (%2)").arg(subnet.name, subnet.cidr));
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Subnet") : tr("Delete Subnets"),
        one ? tr("Delete subnet %1?").arg(names.first())
            : tr("Delete %1 subnets: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteSubnetConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("A subnet whose addresses ports still hold (instances, router interfaces) is "
                               "not deleted: the refusal names the ports. This cannot be undone."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Subnet") : tr("Delete Subnets"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Subnet &subnet : targets)
            if (auto result = m_engine.subnets().remove(m_ctx.withNewRequestId(), subnet.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

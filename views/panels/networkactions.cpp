#include "networkactions.h"

#include "dialogs/editnetworkdialog.h"
#include "dialogs/subnetdialog.h"
#include "icons.h"
#include "networkdetailsdialog.h"
#include "wizards/createnetwork/createnetworkwizard.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/networkservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

NetworkActions::NetworkActions(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                               QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_scope(scope), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Network…"), this)),
      m_details(new QAction(Icons::get(QStringLiteral("about")), tr("View Details"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Network…"), this)),
      m_createSubnet(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Subnet…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Network…"), this))
{
    m_create->setObjectName(QStringLiteral("createNetworkAction"));
    m_details->setObjectName(QStringLiteral("networkDetailsAction"));
    m_edit->setObjectName(QStringLiteral("editNetworkAction"));
    m_createSubnet->setObjectName(QStringLiteral("createSubnetAction"));
    m_delete->setObjectName(QStringLiteral("deleteNetworkAction"));
    m_create->setToolTip(tr("Create a network, and a subnet for its addresses"));
    m_details->setToolTip(tr("The network's subnets and ports"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Short words on the toolbar (menus keep the full ones), so the actions fit beside the filter.
    m_edit->setIconText(tr("Edit…"));
    m_details->setIconText(tr("Details"));
    m_delete->setIconText(tr("Delete…"));

    // Horizon's rule: what the policy forbids is hidden, not greyed out.
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("network:create")));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("network:update"), ctx.projectId));
    m_createSubnet->setVisible(policy.allows(ctx, QStringLiteral("subnet:create"), ctx.projectId));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("network:delete"), ctx.projectId));

    connect(m_create, &QAction::triggered, this, &NetworkActions::createNetwork);
    connect(m_details, &QAction::triggered, this, &NetworkActions::showDetails);
    connect(m_edit, &QAction::triggered, this, &NetworkActions::editNetwork);
    connect(m_createSubnet, &QAction::triggered, this, &NetworkActions::createSubnet);
    connect(m_delete, &QAction::triggered, this, &NetworkActions::deleteNetworks);
    updateEnabled();
}

QList<QAction *> NetworkActions::toolbarActions() const
{
    return {m_create, m_details, m_edit, m_createSubnet, m_delete};
}

QList<QAction *> NetworkActions::menuActions() const
{
    return {m_details, nullptr, m_edit, m_createSubnet, nullptr, m_delete};
}

void NetworkActions::setSelection(const QList<Network> &networks)
{
    m_selection = networks;
    updateEnabled();
}

QString NetworkActions::refusal(const Network &network, const QString &action) const
{
    if (m_engine.policy().allows(m_ctx, action, network.projectId))
        return {};
    const QString owner = network.projectName.isEmpty() ? network.projectId : network.projectName;
    return network.external
               ? tr("Network %1 is project %2's external network; only an administrator may change it")
                     .arg(network.name, owner)
               : tr("Network %1 belongs to project %2; only its members or an administrator may change it")
                     .arg(network.name, owner);
}

void NetworkActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const Network first = m_selection.value(0);
    // A disabled action says why it is disabled.
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    m_details->setEnabled(one);
    const QString editWhy = one ? refusal(first, QStringLiteral("network:update")) : QString();
    gate(m_edit, one && editWhy.isEmpty(), editWhy,
         tr("Change the name, admin state or sharing of the network"));
    const QString subnetWhy = one ? refusal(first, QStringLiteral("subnet:create")) : QString();
    gate(m_createSubnet, one && subnetWhy.isEmpty(), subnetWhy,
         tr("Add a subnet (an address range) to the selected network"));

    QString deleteWhy;
    bool anyDeletable = false;
    for (const Network &network : std::as_const(m_selection)) {
        const QString why = refusal(network, QStringLiteral("network:delete"));
        anyDeletable = anyDeletable || why.isEmpty();
        if (deleteWhy.isEmpty())
            deleteWhy = why;
    }
    // Horizon's table action deletes every selected row; the row action one.
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Networks…") : tr("Delete Network…"));
    gate(m_delete, anyDeletable, deleteWhy,
         m_selection.size() > 1
             ? tr("Delete the %1 selected networks and their subnets").arg(m_selection.size())
             : tr("Delete the selected network and its subnets"));
}

std::optional<Network> NetworkActions::current()
{
    if (m_selection.size() != 1)
        return std::nullopt;
    // The selection is a snapshot; the dialog starts from what the engine has now.
    auto network = m_engine.networks().show(m_ctx, m_selection.first().id);
    if (!network) {
        emit notify(network.error().message, network.error().details);
        return std::nullopt;
    }
    return *network;
}

void NetworkActions::createNetwork()
{
    auto *wizard = new CreateNetworkWizard(m_engine, m_ctx, m_scope, m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateNetworkWizard::networkCreated, this, &NetworkActions::networkCreated);
    wizard->open();
}

void NetworkActions::showDetails()
{
    if (m_selection.size() != 1)
        return;
    const QString id = m_selection.first().id;
    // One window per network: a second double-click brings the first one back.
    for (auto *open : m_dialogParent->findChildren<NetworkDetailsDialog *>())
        if (open->networkId() == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto *dialog = new NetworkDetailsDialog(m_engine, m_ctx, id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkDetailsDialog::notify, this, &NetworkActions::notify);
    dialog->show();
}

void NetworkActions::editNetwork()
{
    if (!m_edit->isEnabled())
        return;
    const auto network = current();
    if (!network)
        return;
    auto *dialog = new EditNetworkDialog(m_engine, m_ctx, *network, m_scope == NetworkModel::Scope::Admin,
                                         m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NetworkActions::createSubnet()
{
    if (!m_createSubnet->isEnabled())
        return;
    const auto network = current();
    if (!network)
        return;
    auto *dialog = new SubnetDialog(m_engine, m_ctx, *network, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NetworkActions::deleteNetworks()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    const QList<Network> targets = m_selection;
    QStringList names;
    for (const Network &network : targets)
        names.append(network.name.isEmpty() ? network.id : network.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Network") : tr("Delete Networks"),
        one ? tr("Delete network %1?").arg(names.first())
            : tr("Delete %1 networks: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteNetworkConfirmation"));
    box->setTextFormat(Qt::PlainText);
    // The question an administrator asks first: what about what is plugged in?
    box->setInformativeText(tr("Subnets go with their network. A network that instances or routers still "
                               "use is not deleted: the refusal names their ports. This cannot be undone."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Network") : tr("Delete Networks"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        // Every network is sent: the engine's own refusal names the ports in use.
        for (const Network &network : targets)
            if (auto result = m_engine.networks().remove(m_ctx.withNewRequestId(), network.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

#include "portactions.h"

#include "dialogs/portdialog.h"
#include "icons.h"
#include "models/portmodel.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/portservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

PortActions::PortActions(Engine &engine, const RequestContext &ctx, const Network &network,
                         QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_network(network), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Port…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Port…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Port…"), this))
{
    m_create->setObjectName(QStringLiteral("createPortAction"));
    m_edit->setObjectName(QStringLiteral("editPortAction"));
    m_delete->setObjectName(QStringLiteral("deletePortAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIconText(tr("Delete…"));
    m_edit->setIconText(tr("Edit…"));
    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("port:create"), ctx.projectId));
    m_edit->setVisible(policy.allows(ctx, QStringLiteral("port:update"), ctx.projectId));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("port:delete"), ctx.projectId));
    connect(m_create, &QAction::triggered, this, &PortActions::createPort);
    connect(m_edit, &QAction::triggered, this, &PortActions::editPort);
    connect(m_delete, &QAction::triggered, this, &PortActions::deletePorts);
    updateEnabled();
}

void PortActions::setNetwork(const Network &network)
{
    m_network = network;
    updateEnabled();
}

void PortActions::setSelection(const QList<Port> &ports)
{
    m_selection = ports;
    updateEnabled();
}

QString PortActions::createRefusal() const
{
    // Neutron: a project plugs ports into its own networks and shared ones; an administrator anywhere.
    if (m_network.projectId == m_ctx.projectId || m_network.shared || m_ctx.isAdmin())
        return m_network.subnetIds.isEmpty()
                   ? tr("Network %1 has no subnet yet, so a port would get no address; create a subnet first")
                         .arg(m_network.name)
                   : QString();
    return tr("Network %1 belongs to project %2 and is not shared; only that project may add ports to it")
        .arg(m_network.name, m_network.projectName.isEmpty() ? m_network.projectId : m_network.projectName);
}

QString PortActions::refusal(const Port &port, const QString &action) const
{
    // Router ports come and go with the router's gateway and interfaces, as Neutron insists.
    if (port.deviceOwner == DeviceOwner::RouterInterface || port.deviceOwner == DeviceOwner::RouterGateway)
        return tr("Port %1 is a router's %2; change it from Project › Network › Routers")
            .arg(PortModel::nameText(port), PortModel::typeText(port).toLower());
    if (port.deviceOwner == DeviceOwner::FloatingIp || port.deviceOwner == DeviceOwner::Dhcp)
        return tr("Port %1 belongs to %2 and is managed by the engine")
            .arg(PortModel::nameText(port), port.deviceOwner);
    if (!m_engine.policy().allows(m_ctx, action, port.projectId))
        return tr("Port %1 belongs to another project; only its members or an administrator may change it")
            .arg(PortModel::nameText(port));
    return {};
}

void PortActions::updateEnabled()
{
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    const QString createWhy = createRefusal();
    gate(m_create, createWhy.isEmpty(), createWhy,
         tr("Make a port on this network: an address kept for an instance to attach later"));
    const bool one = m_selection.size() == 1;
    const QString editWhy = one ? refusal(m_selection.first(), QStringLiteral("port:update")) : QString();
    gate(m_edit, one && editWhy.isEmpty(), editWhy,
         tr("Change the name, admin state, port security or security groups of the selected port"));
    QString deleteWhy;
    bool anyDeletable = false;
    for (const Port &port : std::as_const(m_selection)) {
        const QString why = refusal(port, QStringLiteral("port:delete"));
        anyDeletable = anyDeletable || why.isEmpty();
        if (deleteWhy.isEmpty())
            deleteWhy = why;
    }
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Ports…") : tr("Delete Port…"));
    gate(m_delete, anyDeletable, deleteWhy, tr("Delete the selected ports and release their addresses"));
}

void PortActions::createPort()
{
    if (!m_create->isEnabled())
        return;
    auto *dialog = new PortDialog(m_engine, m_ctx, m_network, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortDialog::portSaved, this, &PortActions::portSaved);
    dialog->open();
}

void PortActions::editPort()
{
    if (m_selection.size() != 1 || !m_edit->isEnabled())
        return;
    auto port = m_engine.ports().show(m_ctx, m_selection.first().id);
    if (!port) {
        emit notify(port.error().message, port.error().details);
        return;
    }
    auto *dialog = new PortDialog(m_engine, m_ctx, m_network, *port, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortDialog::portSaved, this, &PortActions::portSaved);
    dialog->open();
}

void PortActions::deletePorts()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    QList<Port> targets;
    QStringList names;
    for (const Port &port : std::as_const(m_selection))
        if (refusal(port, QStringLiteral("port:delete")).isEmpty()) {
            targets.append(port);
            names.append(PortModel::nameText(port));
        }
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Port") : tr("Delete Ports"),
        one ? tr("Delete port %1?").arg(names.first())
            : tr("Delete %1 ports: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeletePortConfirmation"));
    box->setTextFormat(Qt::PlainText);
    QString info = tr("Their addresses are released. An instance using one of them loses that interface. "
                      "This cannot be undone.");
    if (targets.size() < m_selection.size())
        info += QLatin1Char('\n') + tr("Router and engine ports among the selection are kept.");
    box->setInformativeText(info);
    QPushButton *remove =
        box->addButton(one ? tr("Delete Port") : tr("Delete Ports"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Port &port : targets)
            if (auto result = m_engine.ports().remove(m_ctx.withNewRequestId(), port.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

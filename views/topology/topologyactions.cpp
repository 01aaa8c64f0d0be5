#include "topologyactions.h"

#include "console/consolelauncher.h"

#include "topologydetailspopup.h"
#include "topologyinterfacedialog.h"
#include "topologymodel.h"
#include "topologysubnetdialog.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("sd::TopologyActions", "Yes")
                 : QCoreApplication::translate("sd::TopologyActions", "No");
}
} // namespace

TopologyActions::TopologyActions(Engine &engine, const RequestContext &ctx, const TopologyModel *model,
                                 QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_model(model), m_dialogParent(dialogParent),
      m_launcher(new ConsoleLauncher(engine, ctx, this))
{
    connect(m_launcher, &ConsoleLauncher::failed, this, &TopologyActions::notify);
}

bool TopologyActions::allows(const char *action, const QString &projectId) const
{
    return m_engine.policy().allows(m_ctx, QLatin1String(action), projectId);
}

TopologyDetailsPopup *TopologyActions::detailsFor(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("network"))
        return networkDetails(id);
    if (kind == QLatin1String("router"))
        return routerDetails(id);
    if (kind == QLatin1String("instance"))
        return instanceDetails(id);
    return nullptr;
}

TopologyDetailsPopup *TopologyActions::networkDetails(const QString &id)
{
    const TopologySnapshot &s = m_model->snapshot();
    if (!s.networks.contains(id))
        return nullptr;
    const Network n = s.networks.value(id);
    auto *popup =
        new TopologyDetailsPopup(n.external ? tr("External network") : tr("Network"), n.name, m_dialogParent);
    popup->addField(tr("ID"), n.id);
    if (!n.projectName.isEmpty())
        popup->addField(tr("Project"), n.projectName);
    popup->addField(tr("Admin State"), n.adminStateUp ? tr("Up") : tr("Down"));
    popup->addField(tr("Shared"), yesNo(n.shared));
    popup->addField(tr("MTU"), QString::number(n.mtu));
    QStringList subnets;
    for (const Subnet &sub : s.subnetsOf(id))
        subnets.append(sub.gatewayIp.isEmpty()
                           ? tr("%1  %2 (no gateway)").arg(sub.name, sub.cidr)
                           : tr("%1  %2 (gateway %3)").arg(sub.name, sub.cidr, sub.gatewayIp));
    popup->addList(tr("Subnets"), subnets, tr("none"));
    if (allows("subnet:create", n.projectId))
        popup->addAction(tr("Create Subnet…"), QStringLiteral("TopologyCreateSubnetButton"),
                         [this, id] { createSubnet(id); });
    if (allows("network:delete", n.projectId))
        popup->addAction(tr("Delete Network…"), QStringLiteral("TopologyDeleteNetworkButton"),
                         [this, id] { deleteNetwork(id); });
    return popup;
}

TopologyDetailsPopup *TopologyActions::routerDetails(const QString &id)
{
    const TopologySnapshot &s = m_model->snapshot();
    if (!s.routers.contains(id))
        return nullptr;
    const Router r = s.routers.value(id);
    auto *popup = new TopologyDetailsPopup(tr("Router"), r.name, m_dialogParent);
    popup->addField(tr("ID"), r.id);
    popup->addField(tr("Status"), r.status());
    QString gateway = tr("None");
    if (!r.externalNetworkId.isEmpty()) {
        QStringList ips;
        for (const FixedIp &ip : r.externalFixedIps)
            ips.append(ip.ipAddress);
        const QString network = s.networks.value(r.externalNetworkId).name;
        gateway = tr("%1 (%2)").arg(network.isEmpty() ? r.externalNetworkId : network,
                                    ips.join(QStringLiteral(", ")));
    }
    popup->addField(tr("External Gateway"), gateway);
    QStringList interfaces;
    for (const RouterInterface &i : r.interfaces) {
        const Subnet sub = s.subnets.value(i.subnetId);
        interfaces.append(
            tr("%1 (%2): %3").arg(sub.name.isEmpty() ? i.subnetId.left(8) : sub.name, sub.cidr, i.ipAddress));
    }
    popup->addList(tr("Interfaces"), interfaces, tr("none"));
    if (allows("router:update", r.projectId))
        popup->addAction(tr("Add Interface…"), QStringLiteral("TopologyAddInterfaceButton"),
                         [this, id] { addInterface(id); });
    if (allows("router:delete", r.projectId))
        popup->addAction(tr("Delete Router…"), QStringLiteral("TopologyDeleteRouterButton"),
                         [this, id] { deleteRouter(id); });
    return popup;
}

TopologyDetailsPopup *TopologyActions::instanceDetails(const QString &id)
{
    const TopologySnapshot &s = m_model->snapshot();
    const QList<Port> ports = s.portsOfDevice(id);
    if (ports.isEmpty())
        return nullptr;
    auto *popup = new TopologyDetailsPopup(
        tr("Instance"), ports.first().name.isEmpty() ? id.left(8) : ports.first().name, m_dialogParent);
    popup->addField(tr("ID"), id);
    popup->addField(tr("Status"),
                    std::any_of(ports.cbegin(), ports.cend(),
                                [](const Port &p) { return p.status() == QLatin1String("ACTIVE"); })
                        ? QStringLiteral("ACTIVE")
                        : QStringLiteral("DOWN"));
    QStringList addresses;
    for (const Port &p : ports) {
        QStringList ips;
        for (const FixedIp &ip : p.fixedIps)
            ips.append(ip.ipAddress);
        addresses.append(
            tr("%1: %2").arg(s.networks.value(p.networkId).name, ips.join(QStringLiteral(", "))));
    }
    popup->addList(tr("IP Addresses"), addresses, tr("none"));
    if (ConsoleLauncher::consolesShown(m_engine, m_ctx))
        popup->addAction(tr("Open Console"), QStringLiteral("TopologyOpenConsoleButton"),
                         [this, id] { m_launcher->open(id); });
    return popup;
}

void TopologyActions::createSubnet(const QString &networkId)
{
    const TopologySnapshot &s = m_model->snapshot();
    if (!s.networks.contains(networkId))
        return;
    auto *dialog = new TopologySubnetDialog(m_engine, m_ctx, s.networks.value(networkId),
                                            s.subnetsOf(networkId), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TopologyActions::addInterface(const QString &routerId)
{
    const TopologySnapshot &s = m_model->snapshot();
    if (!s.routers.contains(routerId))
        return;
    auto *dialog = new TopologyInterfaceDialog(m_engine, m_ctx, s.routers.value(routerId), s, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TopologyActions::deleteNetwork(const QString &networkId)
{
    const Network n = m_model->snapshot().networks.value(networkId);
    confirmDelete(tr("Delete Network"), tr("Delete network %1?").arg(n.name),
                  tr("Its subnets go with it. A network with ports in use is not deleted; the message names "
                     "the ports."),
                  [this, networkId] {
                      if (auto r = m_engine.networks().remove(m_ctx.withNewRequestId(), networkId); !r)
                          emit notify(r.error().message, r.error().details);
                  });
}

void TopologyActions::deleteRouter(const QString &routerId)
{
    const Router r = m_model->snapshot().routers.value(routerId);
    confirmDelete(tr("Delete Router"), tr("Delete router %1?").arg(r.name),
                  r.interfaces.isEmpty() ? tr("Its external gateway goes with it.")
                  : r.interfaces.size() == 1
                      ? tr("It still has an interface: remove it first (Routers › Interfaces).")
                      : tr("It still has %n interfaces: remove them first (Routers › Interfaces).", nullptr,
                           int(r.interfaces.size())),
                  [this, routerId] {
                      if (auto result = m_engine.routers().remove(m_ctx.withNewRequestId(), routerId);
                          !result)
                          emit notify(result.error().message, result.error().details);
                  });
}

void TopologyActions::confirmDelete(const QString &title, const QString &question, const QString &consequence,
                                    std::function<void()> remove)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("TopologyDeleteConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(consequence);
    QPushButton *go = box->addButton(title, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [go, remove](QAbstractButton *clicked) {
        if (clicked == go)
            remove();
    });
    box->open();
}

} // namespace sd

#include "routerinterfaceactions.h"

#include "dialogs/routerinterfacedialog.h"
#include "icons.h"
#include "models/portmodel.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/routerservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

RouterInterfaceActions::RouterInterfaceActions(Engine &engine, const RequestContext &ctx,
                                               const Router &router, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_router(router), m_dialogParent(dialogParent),
      m_add(new QAction(Icons::get(QStringLiteral("action-add")), tr("Add Interface…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Interface…"), this))
{
    m_add->setObjectName(QStringLiteral("addInterfaceAction"));
    m_delete->setObjectName(QStringLiteral("deleteInterfaceAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIconText(tr("Delete…"));
    const Policy &policy = engine.policy();
    m_add->setVisible(policy.allows(ctx, QStringLiteral("router:update"), ctx.projectId));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("router:update"), ctx.projectId));
    connect(m_add, &QAction::triggered, this, &RouterInterfaceActions::addInterface);
    connect(m_delete, &QAction::triggered, this, &RouterInterfaceActions::deleteInterfaces);
    updateEnabled();
}

void RouterInterfaceActions::setRouter(const Router &router)
{
    m_router = router;
    updateEnabled();
}

void RouterInterfaceActions::setSelection(const QList<Port> &ports)
{
    m_selection = ports;
    updateEnabled();
}

QString RouterInterfaceActions::refusal(const QString &action) const
{
    if (m_engine.policy().allows(m_ctx, action, m_router.projectId))
        return {};
    return tr("Router %1 belongs to project %2; only its members or an administrator may change it")
        .arg(m_router.name, m_router.projectName.isEmpty() ? m_router.projectId : m_router.projectName);
}

QString RouterInterfaceActions::subnetOf(const Port &port) const
{
    for (const RouterInterface &interface : m_router.interfaces)
        if (interface.portId == port.id)
            return interface.subnetId;
    return {};
}

void RouterInterfaceActions::updateEnabled()
{
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    const QString addWhy = refusal(QStringLiteral("router:update"));
    gate(m_add, addWhy.isEmpty(), addWhy,
         tr("Connect a subnet to the router: it takes the subnet's gateway address"));
    QString deleteWhy = refusal(QStringLiteral("router:update"));
    bool anyInterface = false;
    for (const Port &port : std::as_const(m_selection)) {
        if (subnetOf(port).isEmpty()) {
            if (deleteWhy.isEmpty())
                deleteWhy =
                    tr("Port %1 is the router's external gateway; use Clear Gateway on the router instead")
                        .arg(PortModel::nameText(port));
        } else {
            anyInterface = true;
        }
    }
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Interfaces…") : tr("Delete Interface…"));
    gate(m_delete, anyInterface && refusal(QStringLiteral("router:update")).isEmpty(), deleteWhy,
         tr("Disconnect the selected subnets from the router"));
}

void RouterInterfaceActions::addInterface()
{
    if (!m_add->isEnabled())
        return;
    auto router = m_engine.routers().show(m_ctx, m_router.id);
    if (!router) {
        emit notify(router.error().message, router.error().details);
        return;
    }
    auto *dialog = new RouterInterfaceDialog(m_engine, m_ctx, *router, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RouterInterfaceActions::deleteInterfaces()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    QStringList subnets;
    QStringList names;
    for (const Port &port : std::as_const(m_selection))
        if (const QString subnet = subnetOf(port); !subnet.isEmpty()) {
            subnets.append(subnet);
            names.append(tr("%1 (%2)").arg(PortModel::nameText(port), PortModel::fixedIpsText(port)));
        }
    const bool one = subnets.size() == 1;
    auto *box =
        new QMessageBox(QMessageBox::Warning, one ? tr("Delete Interface") : tr("Delete Interfaces"),
                        one ? tr("Delete interface %1 from router %2?").arg(names.first(), m_router.name)
                            : tr("Delete %1 interfaces from router %2: %3?")
                                  .arg(subnets.size())
                                  .arg(m_router.name, names.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteInterfaceConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Instances on the subnet lose their route through this router: to other "
                               "subnets and, through its gateway, to the outside."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Interface") : tr("Delete Interfaces"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, subnets, id = m_router.id](QAbstractButton *clicked) {
                if (clicked != remove)
                    return;
                for (const QString &subnet : subnets)
                    if (auto result =
                            m_engine.routers().removeInterface(m_ctx.withNewRequestId(), id, subnet);
                        !result)
                        emit notify(result.error().message, result.error().details);
            });
    box->open();
}

} // namespace sd

#include "routeractions.h"

#include "dialogs/routerdialog.h"
#include "dialogs/routergatewaydialog.h"
#include "icons.h"
#include "routerdetailsdialog.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

RouterActions::RouterActions(Engine &engine, const RequestContext &ctx, RouterModel::Scope scope,
                             QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_scope(scope), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Router…"), this)),
      m_details(new QAction(Icons::get(QStringLiteral("about")), tr("View Details"), this)),
      m_setGateway(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Set Gateway…"), this)),
      m_clearGateway(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Clear Gateway…"), this)),
      m_edit(new QAction(Icons::get(QStringLiteral("action-edit")), tr("Edit Router…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Router…"), this))
{
    m_create->setObjectName(QStringLiteral("createRouterAction"));
    m_details->setObjectName(QStringLiteral("routerDetailsAction"));
    m_setGateway->setObjectName(QStringLiteral("setGatewayAction"));
    m_clearGateway->setObjectName(QStringLiteral("clearGatewayAction"));
    m_edit->setObjectName(QStringLiteral("editRouterAction"));
    m_delete->setObjectName(QStringLiteral("deleteRouterAction"));
    m_create->setToolTip(tr("Create a router to connect subnets with each other and the outside"));
    m_details->setToolTip(tr("The router's interfaces"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_details->setIconText(tr("Details"));
    m_edit->setIconText(tr("Edit…"));
    m_delete->setIconText(tr("Delete…"));

    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("router:create")));
    const bool update = policy.allows(ctx, QStringLiteral("router:update"), ctx.projectId);
    m_setGateway->setVisible(update);
    m_clearGateway->setVisible(update);
    m_edit->setVisible(update);
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("router:delete"), ctx.projectId));

    connect(m_create, &QAction::triggered, this, &RouterActions::createRouter);
    connect(m_details, &QAction::triggered, this, &RouterActions::showDetails);
    connect(m_setGateway, &QAction::triggered, this, &RouterActions::setGateway);
    connect(m_clearGateway, &QAction::triggered, this, &RouterActions::clearGateway);
    connect(m_edit, &QAction::triggered, this, &RouterActions::editRouter);
    connect(m_delete, &QAction::triggered, this, &RouterActions::deleteRouters);
    updateEnabled();
}

QList<QAction *> RouterActions::toolbarActions() const
{
    return {m_create, m_details, m_setGateway, m_clearGateway, m_edit, m_delete};
}

QList<QAction *> RouterActions::menuActions() const
{
    return {m_details, nullptr, m_setGateway, m_clearGateway, m_edit, nullptr, m_delete};
}

void RouterActions::setSelection(const QList<Router> &routers)
{
    m_selection = routers;
    updateEnabled();
}

QString RouterActions::refusal(const Router &router, const QString &action) const
{
    if (m_engine.policy().allows(m_ctx, action, router.projectId))
        return {};
    return tr("Router %1 belongs to project %2; only its members or an administrator may change it")
        .arg(router.name, router.projectName.isEmpty() ? router.projectId : router.projectName);
}

void RouterActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const Router first = m_selection.value(0);
    const auto gate = [](QAction *action, bool enabled, const QString &why, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled || why.isEmpty() ? what : why);
    };
    m_details->setEnabled(one);
    const QString updateWhy = one ? refusal(first, QStringLiteral("router:update")) : QString();
    gate(m_setGateway, one && updateWhy.isEmpty(), updateWhy,
         tr("Give the router an address on an external network, so its subnets reach outside"));
    QString clearWhy = updateWhy;
    if (one && clearWhy.isEmpty() && first.externalNetworkId.isEmpty())
        clearWhy = tr("Router %1 has no gateway").arg(first.name);
    gate(m_clearGateway, one && clearWhy.isEmpty(), clearWhy,
         tr("Release the router's external address; refused while floating IPs use the router"));
    gate(m_edit, one && updateWhy.isEmpty(), updateWhy, tr("Change the router's name or admin state"));

    QString deleteWhy;
    bool anyDeletable = false;
    for (const Router &router : std::as_const(m_selection)) {
        const QString why = refusal(router, QStringLiteral("router:delete"));
        anyDeletable = anyDeletable || why.isEmpty();
        if (deleteWhy.isEmpty())
            deleteWhy = why;
    }
    m_delete->setText(m_selection.size() > 1 ? tr("Delete Routers…") : tr("Delete Router…"));
    gate(m_delete, anyDeletable, deleteWhy,
         tr("Delete the selected routers; refused while a router has interfaces (remove them first)"));
}

std::optional<Router> RouterActions::current()
{
    if (m_selection.size() != 1)
        return std::nullopt;
    auto router = m_engine.routers().show(m_ctx, m_selection.first().id);
    if (!router) {
        emit notify(router.error().message, router.error().details);
        return std::nullopt;
    }
    return *router;
}

void RouterActions::createRouter()
{
    auto *dialog =
        new RouterDialog(m_engine, m_ctx, std::nullopt, m_scope == RouterModel::Scope::Admin, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RouterDialog::routerSaved, this, &RouterActions::routerCreated);
    dialog->open();
}

void RouterActions::showDetails()
{
    if (m_selection.size() != 1)
        return;
    const QString id = m_selection.first().id;
    for (auto *open : m_dialogParent->findChildren<RouterDetailsDialog *>())
        if (open->routerId() == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto *dialog = new RouterDetailsDialog(m_engine, m_ctx, id, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RouterDetailsDialog::notify, this, &RouterActions::notify);
    dialog->show();
}

void RouterActions::setGateway()
{
    if (!m_setGateway->isEnabled())
        return;
    const auto router = current();
    if (!router)
        return;
    auto *dialog = new RouterGatewayDialog(m_engine, m_ctx, *router, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RouterActions::clearGateway()
{
    if (!m_clearGateway->isEnabled())
        return;
    const Router router = m_selection.first();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear Gateway"),
                                tr("Clear the gateway of router %1?").arg(router.name), QMessageBox::Cancel,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("ClearGatewayConfirmation"));
    box->setTextFormat(Qt::PlainText);
    auto network = m_engine.networks().show(m_ctx, router.externalNetworkId);
    box->setInformativeText(tr("The router's subnets can no longer reach external network %1. Refused while "
                               "floating IPs reach instances through this router.")
                                .arg(network ? network->name : router.externalNetworkId));
    QPushButton *clear = box->addButton(tr("Clear Gateway"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear, id = router.id](QAbstractButton *clicked) {
        if (clicked != clear)
            return;
        if (auto result = m_engine.routers().clearGateway(m_ctx.withNewRequestId(), id); !result)
            emit notify(result.error().message, result.error().details);
    });
    box->open();
}

void RouterActions::editRouter()
{
    if (!m_edit->isEnabled())
        return;
    const auto router = current();
    if (!router)
        return;
    auto *dialog = new RouterDialog(m_engine, m_ctx, *router, false, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RouterActions::deleteRouters()
{
    if (m_selection.isEmpty() || !m_delete->isEnabled())
        return;
    const QList<Router> targets = m_selection;
    QStringList names;
    for (const Router &router : targets)
        names.append(router.name);
    const bool one = targets.size() == 1;
    auto *box = new QMessageBox(
        QMessageBox::Warning, one ? tr("Delete Router") : tr("Delete Routers"),
        one ? tr("Delete router %1?").arg(names.first())
            : tr("Delete %1 routers: %2?").arg(targets.size()).arg(names.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DeleteRouterConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("The gateway goes with the router. A router that still has interfaces is not "
                               "deleted: remove them in its details first. This cannot be undone."));
    QPushButton *remove =
        box->addButton(one ? tr("Delete Router") : tr("Delete Routers"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, targets](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        for (const Router &router : targets)
            if (auto result = m_engine.routers().remove(m_ctx.withNewRequestId(), router.id); !result)
                emit notify(result.error().message, result.error().details);
    });
    box->open();
}

} // namespace sd

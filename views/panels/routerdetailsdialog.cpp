#include "routerdetailsdialog.h"

#include "models/networkmodel.h"
#include "models/portmodel.h"
#include "models/routermodel.h"
#include "routerinterfaceactions.h"
#include "tablepane.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>

namespace sd {

namespace {
QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

RouterDetailsDialog::RouterDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &routerId,
                                         QWidget *parent)
    : DetailsDialog(QStringLiteral("RouterDetailsDialog"), tr("Router Details"), parent), m_engine(engine),
      m_ctx(ctx), m_routerId(routerId),
      m_model(new PortModel(engine, ctx, PortModel::Of::Device, routerId, this)),
      m_interfaces(new TablePane(m_model, QStringLiteral("Interfaces"), this)), m_actions(nullptr)
{
    resize(860, 540);

    auto router = engine.routers().show(ctx, routerId);
    m_actions = new RouterInterfaceActions(engine, ctx, router ? *router : Router{}, this);
    m_interfaces->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_interfaces->layout()->setContentsMargins(8, 8, 8, 8);
    connect(m_interfaces, &TablePane::selectionChanged, this, [this] {
        QList<Port> ports;
        for (int row : m_interfaces->selectedSourceRows())
            if (row >= 0 && row < m_model->rowCount())
                ports.append(m_model->itemAt(row));
        m_actions->setSelection(ports);
    });
    connect(m_actions, &RouterInterfaceActions::notify, this, &RouterDetailsDialog::notify);
    tabs()->addTab(buildOverview(), tr("Overview"));
    tabs()->addTab(m_interfaces, tr("Interfaces"));

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if ((kind == QLatin1String("router") && id == m_routerId) || kind == QLatin1String("network")) {
            reload();
            clearMessage();
        }
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("router") && id == m_routerId)
            showGone(tr("This router has been deleted."));
    });
    reload();
}

QWidget *RouterDetailsDialog::buildOverview()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignRight);
    for (const QString &label :
         {tr("Name"), tr("ID"), tr("Project"), tr("Status"), tr("Admin State"), tr("External Network"),
          tr("External Fixed IPs"), tr("SNAT"), tr("Interfaces"), tr("Created"), tr("Updated")})
        m_fields.append(addField(form, label));
    return page;
}

void RouterDetailsDialog::reload()
{
    auto router = m_engine.routers().show(m_ctx, m_routerId);
    if (!router) {
        showGone(router.error().message);
        return;
    }
    const Router &r = *router;
    setWindowTitle(tr("Router Details: %1").arg(r.name));
    setHeading(r.name);
    const bool gateway = !r.externalNetworkId.isEmpty();
    QString network;
    if (gateway) {
        auto external = m_engine.networks().show(m_ctx, r.externalNetworkId);
        network = external ? external->name : r.externalNetworkId;
    }
    QStringList ips;
    for (const FixedIp &ip : r.externalFixedIps)
        ips.append(ip.ipAddress);
    const QStringList values = {r.name,
                                r.id,
                                r.projectName.isEmpty() ? r.projectId : r.projectName,
                                RouterModel::statusText(r),
                                NetworkModel::adminStateText(r.adminStateUp),
                                gateway ? network : tr("none (Set Gateway on the Routers panel)"),
                                ips.join(QStringLiteral(", ")),
                                gateway ? (r.enableSnat ? tr("Enabled") : tr("Disabled")) : QString(),
                                QString::number(r.interfaces.size()),
                                when(r.createdAt),
                                when(r.updatedAt)};
    for (int i = 0; i < m_fields.size() && i < values.size(); ++i)
        m_fields.at(i)->setText(values.at(i));
    m_actions->setRouter(r);
}

} // namespace sd

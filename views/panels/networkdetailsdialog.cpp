#include "networkdetailsdialog.h"

#include "models/networkmodel.h"
#include "models/portmodel.h"
#include "models/subnetmodel.h"
#include "portactions.h"
#include "subnetactions.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QAction>
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

template <typename Model, typename T> QList<T> selectedItems(TablePane *table, Model *model)
{
    QList<T> items;
    for (int row : table->selectedSourceRows())
        if (row >= 0 && row < model->rowCount())
            items.append(model->itemAt(row));
    return items;
}
} // namespace

NetworkDetailsDialog::NetworkDetailsDialog(Engine &engine, const RequestContext &ctx,
                                           const QString &networkId, QWidget *parent)
    : DetailsDialog(QStringLiteral("NetworkDetailsDialog"), tr("Network Details"), parent), m_engine(engine),
      m_ctx(ctx), m_networkId(networkId), m_subnetModel(new SubnetModel(engine, ctx, networkId, this)),
      m_portModel(new PortModel(engine, ctx, PortModel::Of::Network, networkId, this)),
      m_subnets(new TablePane(m_subnetModel, QStringLiteral("Subnets"), this)),
      m_ports(new TablePane(m_portModel, QStringLiteral("Ports"), this)), m_subnetActions(nullptr),
      m_portActions(nullptr)
{
    resize(900, 580);

    auto network = engine.networks().show(ctx, networkId);
    const Network shown = network ? *network : Network{};
    m_subnetActions = new SubnetActions(engine, ctx, shown, this);
    m_portActions = new PortActions(engine, ctx, shown, this);
    m_subnets->setActions(m_subnetActions->toolbarActions(), m_subnetActions->menuActions());
    m_ports->setActions(m_portActions->toolbarActions(), m_portActions->menuActions());
    connect(m_subnets, &TablePane::selectionChanged, this, [this] {
        m_subnetActions->setSelection(selectedItems<SubnetModel, Subnet>(m_subnets, m_subnetModel));
    });
    connect(m_ports, &TablePane::selectionChanged, this,
            [this] { m_portActions->setSelection(selectedItems<PortModel, Port>(m_ports, m_portModel)); });
    connect(m_subnets->view(), &QAbstractItemView::doubleClicked, m_subnetActions->editAction(),
            &QAction::trigger);
    connect(m_ports->view(), &QAbstractItemView::doubleClicked, m_portActions->editAction(),
            &QAction::trigger);
    connect(m_subnetActions, &SubnetActions::notify, this, &NetworkDetailsDialog::notify);
    connect(m_portActions, &PortActions::notify, this, &NetworkDetailsDialog::notify);
    connect(m_subnetActions, &SubnetActions::subnetSaved, this,
            [this](const QString &, const QString &name) { m_subnets->selectByName({name}); });
    connect(m_portActions, &PortActions::portSaved, this,
            [this](const QString &, const QString &name) { m_ports->selectByName({name}); });
    for (TablePane *pane : {m_subnets, m_ports})
        pane->layout()->setContentsMargins(8, 8, 8, 8);
    tabs()->addTab(buildOverview(), tr("Overview"));
    tabs()->addTab(m_subnets, tr("Subnets"));
    tabs()->addTab(m_ports, tr("Ports"));

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        // A subnet's change changes the network's subnet list on the Overview.
        if ((kind == QLatin1String("network") && id == m_networkId) || kind == QLatin1String("subnet")) {
            reload();
            clearMessage();
        }
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("network") && id == m_networkId)
            showGone(tr("This network has been deleted."));
        else if (kind == QLatin1String("subnet"))
            reload();
    });
    reload();
}

QWidget *NetworkDetailsDialog::buildOverview()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignRight);
    for (const QString &label :
         {tr("Name"), tr("ID"), tr("Project"), tr("Status"), tr("Admin State"), tr("Shared"),
          tr("External Network"), tr("MTU"), tr("Subnets"), tr("Created"), tr("Updated")})
        m_fields.append(addField(form, label));
    return page;
}

void NetworkDetailsDialog::reload()
{
    auto network = m_engine.networks().show(m_ctx, m_networkId);
    if (!network) {
        showGone(network.error().message);
        return;
    }
    const Network &n = *network;
    setWindowTitle(tr("Network Details: %1").arg(n.name));
    setHeading(n.name.isEmpty() ? n.id : n.name);
    QStringList subnets;
    if (auto list = m_engine.subnets().list(m_ctx, n.id))
        for (const Subnet &subnet : *list)
            subnets.append(NetworkModel::subnetText(subnet));
    const QStringList values = {n.name,
                                n.id,
                                n.projectName.isEmpty() ? n.projectId : n.projectName,
                                NetworkModel::statusText(n),
                                NetworkModel::adminStateText(n.adminStateUp),
                                NetworkModel::yesNo(n.shared),
                                NetworkModel::yesNo(n.external),
                                QString::number(n.mtu),
                                subnets.isEmpty() ? tr("none yet (Subnets › Create Subnet)")
                                                  : subnets.join(QLatin1Char('\n')),
                                when(n.createdAt),
                                when(n.updatedAt)};
    for (int i = 0; i < m_fields.size() && i < values.size(); ++i)
        m_fields.at(i)->setText(values.at(i));
    m_subnetActions->setNetwork(n);
    m_portActions->setNetwork(n);
}

} // namespace sd

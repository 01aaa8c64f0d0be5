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
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

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
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_networkId(networkId), m_title(new QLabel(this)),
      m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_subnetModel(new SubnetModel(engine, ctx, networkId, this)),
      m_portModel(new PortModel(engine, ctx, PortModel::Of::Network, networkId, this)),
      m_subnets(new TablePane(m_subnetModel, QStringLiteral("Subnets"), this)),
      m_ports(new TablePane(m_portModel, QStringLiteral("Ports"), this)), m_subnetActions(nullptr),
      m_portActions(nullptr)
{
    setObjectName(QStringLiteral("NetworkDetailsDialog"));
    setWindowTitle(tr("Network Details"));
    resize(900, 580);
    m_title->setObjectName(QStringLiteral("PanelTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("FieldError"));
    m_message->setVisible(false);

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
    // A refusal is shown where the user is looking, in this window, as well as in the main window's area.
    connect(this, &NetworkDetailsDialog::notify, this,
            [this](const QString &message, const QString &details) {
                m_message->setText(message);
                m_message->setToolTip(details);
                m_message->setVisible(true);
            });

    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(m_subnets, tr("Subnets"));
    m_tabs->addTab(m_ports, tr("Ports"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        // A subnet's change changes the network's subnet list on the Overview.
        if ((kind == QLatin1String("network") && id == m_networkId) || kind == QLatin1String("subnet")) {
            reload();
            // Something changed after the last refusal; it may no longer apply.
            if (m_tabs->isEnabled())
                m_message->setVisible(false);
        }
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("network") && id == m_networkId) {
            m_tabs->setEnabled(false);
            m_message->setText(tr("This network has been deleted."));
            m_message->setVisible(true);
        } else if (kind == QLatin1String("subnet")) {
            reload();
        }
    });
    reload();
}

QLabel *NetworkDetailsDialog::addField(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.append({label, value});
    return value;
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
        addField(form, label);
    return page;
}

QString NetworkDetailsDialog::overviewValue(const QString &label) const
{
    for (const auto &[name, value] : m_fields)
        if (name == label)
            return value->text();
    return {};
}

QString NetworkDetailsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NetworkDetailsDialog::reload()
{
    auto network = m_engine.networks().show(m_ctx, m_networkId);
    if (!network) {
        m_tabs->setEnabled(false);
        m_message->setText(network.error().message);
        m_message->setVisible(true);
        return;
    }
    const Network &n = *network;
    setWindowTitle(tr("Network Details: %1").arg(n.name));
    m_title->setText(n.name.isEmpty() ? n.id : n.name);
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
        m_fields.at(i).second->setText(values.at(i));
    m_subnetActions->setNetwork(n);
    m_portActions->setNetwork(n);
}

} // namespace sd

#include "topologyinterfacedialog.h"

#include "topologysnapshot.h"

#include "engine.h"
#include "network/routerservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

TopologyInterfaceDialog::TopologyInterfaceDialog(Engine &engine, const RequestContext &ctx,
                                                 const Router &router, const TopologySnapshot &snapshot,
                                                 QWidget *parent)
    : FormDialog(tr("Add Interface to %1").arg(router.name), tr("Add Interface"), parent), m_engine(engine),
      m_ctx(ctx), m_router(router), m_subnet(new QComboBox(this))
{
    setObjectName(QStringLiteral("TopologyInterfaceDialog"));
    setIntro(tr("The router takes the subnet's gateway address and routes between its subnets; with a "
                "gateway it also lets them reach the external network."));
    QSet<QString> attached;
    for (const RouterInterface &i : router.interfaces)
        attached.insert(i.subnetId);
    struct Entry
    {
        QString label, id, name;
        bool operator<(const Entry &o) const { return label < o.label; }
    };
    QList<Entry> entries;
    for (const Subnet &s : snapshot.subnets) {
        const Network n = snapshot.networks.value(s.networkId);
        if (n.external || attached.contains(s.id))
            continue;
        const QString name = s.name.isEmpty() ? s.id.left(8) : s.name;
        entries.append({tr("%1: %2 (%3)").arg(n.name, name, s.cidr), s.id, s.name});
    }
    std::sort(entries.begin(), entries.end());
    for (const Entry &e : entries) {
        m_subnet->addItem(e.label, e.id);
        m_subnet->setItemData(m_subnet->count() - 1, e.name, Qt::UserRole + 1);
    }
    m_subnet->setObjectName(QStringLiteral("InterfaceSubnetCombo"));
    if (m_subnet->count() == 0) {
        m_subnet->setPlaceholderText(tr("No subnet left to add"));
        m_subnet->setEnabled(false);
    }
    form()->addRow(tr("Router"), new QLabel(router.name, this));
    form()->addRow(tr("Subnet *"), m_subnet);
    connect(m_subnet, &QComboBox::currentIndexChanged, this, &TopologyInterfaceDialog::updateOk);
    updateOk();
}

bool TopologyInterfaceDialog::selectSubnet(const QString &nameOrId)
{
    for (int i = 0; i < m_subnet->count(); ++i)
        if (m_subnet->itemData(i).toString() == nameOrId ||
            m_subnet->itemData(i, Qt::UserRole + 1).toString() == nameOrId) {
            m_subnet->setCurrentIndex(i);
            return true;
        }
    return false;
}

QString TopologyInterfaceDialog::problem() const
{
    return m_subnet->currentIndex() < 0 ? tr("Every subnet of the project's networks is on this router "
                                             "already, or there is none: create "
                                             "a network with a subnet first.")
                                        : QString();
}

bool TopologyInterfaceDialog::submit()
{
    auto router = m_engine.routers().addInterface(m_ctx.withNewRequestId(), m_router.id,
                                                  m_subnet->currentData().toString());
    if (!router) {
        showError(router.error());
        return false;
    }
    return true;
}

} // namespace sd

#include "floatingipspanel.h"

#include "floatingipactions.h"
#include "models/tablefilterproxy.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QVBoxLayout>

namespace sd {

FloatingIpsPanel::FloatingIpsPanel(Engine &engine, const RequestContext &ctx, FloatingIpModel::Scope scope,
                                   QWidget *parent)
    : Panel(scope == FloatingIpModel::Scope::Admin ? tr("Admin › Network") : tr("Project › Network"),
            tr("Floating IPs"), parent),
      m_model(new FloatingIpModel(engine, ctx, scope, this)),
      m_table(new TablePane(m_model, QStringLiteral("FloatingIps"), this)),
      m_actions(new FloatingIpActions(engine, ctx, scope == FloatingIpModel::Scope::Admin, this)),
      m_note(new QLabel(this))
{
    const bool admin = scope == FloatingIpModel::Scope::Admin;
    setObjectName(admin ? QStringLiteral("AdminFloatingIpsPanel") : QStringLiteral("FloatingIpsPanel"));
    m_table->proxy()->setSortRole(FloatingIpModel::SortRole);
    m_table->view()->sortByColumn(
        m_model->columnOf(admin ? FloatingIpModel::Project : FloatingIpModel::IpAddress), Qt::AscendingOrder);
    m_table->view()->horizontalHeader()->setSectionResizeMode(m_model->columnOf(FloatingIpModel::FixedIp),
                                                              QHeaderView::ResizeToContents);
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_note->setObjectName(QStringLiteral("HintLabel"));
    m_note->setWordWrap(true);
    body()->addWidget(m_table, 1);
    body()->addWidget(m_note);

    connect(m_table->view(), &QAbstractItemView::doubleClicked, this, [this] {
        if (m_actions->associateAction()->isEnabled() && m_actions->associateAction()->isVisible())
            m_actions->associateAction()->trigger();
    });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedFloatingIps()); });
    connect(m_actions, &FloatingIpActions::notify, this, &Panel::notify);
    connect(m_actions, &FloatingIpActions::allocated, this,
            [this](const QString &address) { selectAddresses({address}); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FloatingIpsPanel::updateNote);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FloatingIpsPanel::updateNote);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FloatingIpsPanel::updateNote);
    updateNote();
}

void FloatingIpsPanel::updateNote()
{
    const int count = m_model->modelledOnlyCount();
    m_note->setVisible(count > 0);
    m_note->setText(
        count == 1
            ? tr("ⓘ 1 associated floating IP exists in StackDesk's model only: its port is not on a host "
                 "where StackDesk writes NAT rules (a simulated or remote host, a host without nft, or no "
                 "host yet). Hover over its status for details.")
            : tr("ⓘ %n associated floating IPs exist in StackDesk's model only: their ports are not on "
                 "hosts where StackDesk writes NAT rules (simulated or remote hosts, hosts without nft, or "
                 "no host yet). Hover over a status for details.",
                 nullptr, count));
}

QList<FloatingIp> FloatingIpsPanel::selectedFloatingIps() const
{
    QList<FloatingIp> fips;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            fips.append(m_model->itemAt(row));
    return fips;
}

void FloatingIpsPanel::selectAddresses(const QStringList &addresses)
{
    const int column = m_model->columnOf(FloatingIpModel::IpAddress);
    auto *proxy = m_table->proxy();
    QItemSelection selection;
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (addresses.contains(proxy->index(row, column).data().toString()))
            selection.select(proxy->index(row, 0), proxy->index(row, proxy->columnCount() - 1));
    m_table->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
}

} // namespace sd

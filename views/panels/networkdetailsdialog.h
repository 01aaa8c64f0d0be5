#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace sd {

class Engine;
class PortActions;
class PortModel;
class SubnetActions;
class SubnetModel;
class TablePane;

// A network's details, Horizon's tabs: Overview, Subnets (with Create, Edit and Delete Subnet) and Ports
// (with Create, Edit and Delete Port). It does not block the panel, and it follows the network: changes
// elsewhere show at once, a deletion is said instead of showing stale values.
class NetworkDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    NetworkDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &networkId,
                         QWidget *parent = nullptr);

    QString networkId() const { return m_networkId; }
    QTabWidget *tabs() const { return m_tabs; }
    TablePane *subnetTable() const { return m_subnets; }
    TablePane *portTable() const { return m_ports; }
    SubnetModel *subnetModel() const { return m_subnetModel; }
    PortModel *portModel() const { return m_portModel; }
    SubnetActions *subnetActions() const { return m_subnetActions; }
    PortActions *portActions() const { return m_portActions; }
    // The Overview's value for a field label ("MTU" → "1500"), for tests.
    QString overviewValue(const QString &label) const;
    // The refusal or "deleted" line under the tabs; empty when none is shown.
    QString messageText() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    void reload();
    QWidget *buildOverview();
    QLabel *addField(QFormLayout *form, const QString &label);

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_networkId;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QList<std::pair<QString, QLabel *>> m_fields;
    SubnetModel *m_subnetModel;
    PortModel *m_portModel;
    TablePane *m_subnets;
    TablePane *m_ports;
    SubnetActions *m_subnetActions;
    PortActions *m_portActions;
};

} // namespace sd

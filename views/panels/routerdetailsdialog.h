#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "dialogs/detailsdialog.h"

class QLabel;

namespace sd {

class Engine;
class PortModel;
class RouterInterfaceActions;
class TablePane;

// A router's details, Horizon's tabs: Overview (with the external gateway) and Interfaces (the router's
// ports, with Add Interface and Delete Interface). It follows the router without blocking the panel.
class RouterDetailsDialog : public DetailsDialog
{
    Q_OBJECT

public:
    RouterDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &routerId,
                        QWidget *parent = nullptr);

    QString routerId() const { return m_routerId; }
    TablePane *interfaceTable() const { return m_interfaces; }
    PortModel *interfaceModel() const { return m_model; }
    RouterInterfaceActions *interfaceActions() const { return m_actions; }

private:
    void reload();
    QWidget *buildOverview();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_routerId;
    QList<QLabel *> m_fields;
    PortModel *m_model;
    TablePane *m_interfaces;
    RouterInterfaceActions *m_actions;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace sd {

class Engine;
class PortModel;
class RouterInterfaceActions;
class TablePane;

// A router's details, Horizon's tabs: Overview (with the external gateway) and Interfaces (the router's
// ports, with Add Interface and Delete Interface). It follows the router without blocking the panel.
class RouterDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    RouterDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &routerId,
                        QWidget *parent = nullptr);

    QString routerId() const { return m_routerId; }
    QTabWidget *tabs() const { return m_tabs; }
    TablePane *interfaceTable() const { return m_interfaces; }
    PortModel *interfaceModel() const { return m_model; }
    RouterInterfaceActions *interfaceActions() const { return m_actions; }
    QString overviewValue(const QString &label) const;
    QString messageText() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

private:
    void reload();
    QWidget *buildOverview();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_routerId;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QList<std::pair<QString, QLabel *>> m_fields;
    PortModel *m_model;
    TablePane *m_interfaces;
    RouterInterfaceActions *m_actions;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "models/floatingipmodel.h"
#include "network/networktypes.h"

#include "panel.h"

class QLabel;

namespace sd {

class Engine;
class FloatingIpActions;
class TablePane;

// Project › Network › Floating IPs (the project's addresses) and Admin › Network › Floating IPs (every
// project's, with a Project column): the table with Allocate, Associate, Disassociate and Release, and a
// note when associations exist in the model only (simulated hosts cannot realise NAT).
class FloatingIpsPanel : public Panel
{
    Q_OBJECT

public:
    FloatingIpsPanel(Engine &engine, const RequestContext &ctx, FloatingIpModel::Scope scope,
                     QWidget *parent = nullptr);

    FloatingIpModel *model() const { return m_model; }
    TablePane *table() const { return m_table; }
    FloatingIpActions *actions() const { return m_actions; }
    QLabel *modelledOnlyNote() const { return m_note; }
    QList<FloatingIp> selectedFloatingIps() const;
    // Selects the rows of these addresses.
    void selectAddresses(const QStringList &addresses);

private:
    void updateNote();

    FloatingIpModel *m_model;
    TablePane *m_table;
    FloatingIpActions *m_actions;
    QLabel *m_note;
};

} // namespace sd

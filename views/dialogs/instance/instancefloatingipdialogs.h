#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QCheckBox;
class QComboBox;

namespace sd {

class Engine;

// Associate Floating IP from the Instances table (Horizon's modal: IP Address, Port to be associated):
// one of the project's free floating IPs onto one of the instance's fixed addresses.
class AssociateInstanceFloatingIpDialog : public FormDialog
{
    Q_OBJECT

public:
    AssociateInstanceFloatingIpDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                      QWidget *parent = nullptr);

    QComboBox *floatingIpCombo() const { return m_fip; }
    QComboBox *portCombo() const { return m_port; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_fip;
    QComboBox *m_port;
};

// Disassociate Floating IP (Horizon's form: Floating IP, "Release Floating IP"): the address leaves the
// instance and, when asked, goes back to the pool.
class DisassociateInstanceFloatingIpDialog : public FormDialog
{
    Q_OBJECT

public:
    DisassociateInstanceFloatingIpDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                         QWidget *parent = nullptr);

    QComboBox *floatingIpCombo() const { return m_fip; }
    QCheckBox *releaseBox() const { return m_release; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_fip;
    QCheckBox *m_release;
};

} // namespace sd

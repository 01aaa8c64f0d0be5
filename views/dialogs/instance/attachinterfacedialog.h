#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Attach Interface (Horizon's form: "The way to specify an interface" — by network, with an optional
// fixed IP, or by an existing port). The running guest gets the new NIC hot-plugged.
class AttachInterfaceDialog : public FormDialog
{
    Q_OBJECT

public:
    AttachInterfaceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    QComboBox *wayCombo() const { return m_way; }
    QComboBox *networkCombo() const { return m_network; }
    QLineEdit *fixedIpEdit() const { return m_fixedIp; }
    QComboBox *portCombo() const { return m_port; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    bool byPort() const;
    void showWay();

    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_way;
    QComboBox *m_network;
    QLineEdit *m_fixedIp;
    QComboBox *m_port;
};

} // namespace sd

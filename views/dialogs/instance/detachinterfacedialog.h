#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QCheckBox;
class QComboBox;

namespace sd {

class Engine;

// Detach Interface (Horizon's form: Port): one of the instance's ports, "private: 10.0.0.5
// (fa:16:3e:...)", is unplugged; a port the instance made is deleted, one attached by port stays.
class DetachInterfaceDialog : public FormDialog
{
    Q_OBJECT

public:
    DetachInterfaceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    QComboBox *portCombo() const { return m_port; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QComboBox *m_port;
};

// A menu of the instance's fixed addresses by port, shared by the interface and floating IP forms:
// "private: 10.0.0.5 (fa:16:3e:12:34:56)". The port id is the item's data, the address its second role.
void addInstancePorts(QComboBox *combo, const Instance &instance);

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class Engine;

// Floating IPs › Allocate IP To Project: a pool (an external network) and a description; in Admin ›
// Network › Floating IPs also the project and, optionally, the address, as Horizon's admin form.
class AllocateFloatingIpDialog : public FormDialog
{
    Q_OBJECT

public:
    AllocateFloatingIpDialog(Engine &engine, const RequestContext &ctx, bool adminForm,
                             QWidget *parent = nullptr);

    QComboBox *poolCombo() const { return m_pool; }
    QComboBox *projectCombo() const { return m_project; } // nullptr outside the admin form
    QLineEdit *addressEdit() const { return m_address; }  // nullptr outside the admin form
    QLineEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void allocated(const FloatingIp &fip);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QComboBox *m_pool;
    QComboBox *m_project = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_description;
};

} // namespace sd

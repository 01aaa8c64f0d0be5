#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

class QComboBox;

namespace sd {

class Engine;

// Add Interface, as Horizon's: a subnet the router does not serve yet. The interface takes the subnet's
// gateway address, so instances on the subnet route through the router.
class RouterInterfaceDialog : public FormDialog
{
    Q_OBJECT

public:
    RouterInterfaceDialog(Engine &engine, const RequestContext &ctx, const Router &router,
                          QWidget *parent = nullptr);

    QComboBox *subnetCombo() const { return m_subnet; }
    // Selects the subnet by name (tests).
    bool chooseSubnet(const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Router m_router;
    QComboBox *m_subnet;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "dialogs/formdialog.h"

class QComboBox;

namespace sd {

class Engine;
struct TopologySnapshot;

// The topology's Add Interface: plugs the clicked router into one of the project's subnets (the router
// takes the subnet's gateway address). Subnets of external networks and those already on the router are
// not offered.
class TopologyInterfaceDialog : public FormDialog
{
    Q_OBJECT

public:
    TopologyInterfaceDialog(Engine &engine, const RequestContext &ctx, const Router &router,
                            const TopologySnapshot &snapshot, QWidget *parent = nullptr);

    QComboBox *subnetCombo() const { return m_subnet; }
    // Chooses the subnet by name or id; false when it is not offered.
    bool selectSubnet(const QString &nameOrId);

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

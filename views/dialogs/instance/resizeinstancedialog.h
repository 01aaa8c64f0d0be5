#pragma once

#include "compute/flavor.h"
#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QComboBox;
class QLabel;

namespace sd {

class Engine;

// Resize Instance, Horizon's Flavor Choice step: the old flavor, the new one, its details and what the
// project's vCPU and RAM quotas have left after the change. The root disk may grow, never shrink (Nova's
// rule), and the new flavor must differ; both are said before the form is sent. The resize ends in
// VERIFY_RESIZE, where Confirm or Revert finishes it.
class ResizeInstanceDialog : public FormDialog
{
    Q_OBJECT

public:
    ResizeInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, QWidget *parent = nullptr);

    QComboBox *flavorCombo() const { return m_flavor; }
    QLabel *detailsLabel() const { return m_details; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    const Flavor *chosen() const;
    void showDetails();

    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    QList<Flavor> m_flavors;
    QComboBox *m_flavor;
    QLabel *m_details;
    QLabel *m_limits;
};

} // namespace sd

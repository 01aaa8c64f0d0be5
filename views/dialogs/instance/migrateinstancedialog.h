#pragma once

#include "compute/instance/instance.h"
#include "core/requestcontext.h"

#include "dialogs/formdialog.h"

class QCheckBox;
class QComboBox;

namespace sd {

class Engine;

// Migrate Instance and Live Migrate Instance (Horizon's admin forms: Current Host, New Host — automatic
// or chosen —, Block Migration). A cold migration shuts the instance down, moves it and waits in
// VERIFY_RESIZE for a confirmation; a live migration moves the running guest and ends ACTIVE on the
// new host. Members may migrate cold but not choose the host (Nova 2025.2), so they see no host field.
class MigrateInstanceDialog : public FormDialog
{
    Q_OBJECT

public:
    MigrateInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance, bool live,
                          QWidget *parent = nullptr);

    QComboBox *hostCombo() const { return m_host; }
    QCheckBox *blockMigrationBox() const { return m_block; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Instance m_instance;
    bool m_live;
    QComboBox *m_host = nullptr;
    QCheckBox *m_block = nullptr;
};

} // namespace sd

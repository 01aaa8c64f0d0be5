#include "migrateinstancedialog.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

MigrateInstanceDialog::MigrateInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                             bool live, QWidget *parent)
    : FormDialog(live ? tr("Live Migrate Instance %1").arg(instance.name) : tr("Migrate Instance %1").arg(instance.name),
                 live ? tr("Live Migrate") : tr("Migrate"), parent),
      m_engine(engine), m_ctx(ctx), m_instance(instance), m_live(live)
{
    setObjectName(live ? QStringLiteral("LiveMigrateInstanceDialog") : QStringLiteral("MigrateInstanceDialog"));
    setIntro(live ? tr("The running guest moves to another host without stopping: its memory and disks are copied "
                       "while it runs, then it continues there.")
                  : tr("The instance is shut down, its disks are copied to another host and it boots there. It then "
                       "waits in VERIFY_RESIZE: confirm to remove it from the old host, or revert to go back."));
    auto *current = new QLabel(instance.hostName, this);
    current->setObjectName(QStringLiteral("CurrentHostLabel"));
    form()->addRow(tr("Current Host"), current);
    const QString hostRule = live ? QStringLiteral("server:live-migration") : QStringLiteral("server:migrate:host");
    if (engine.policy().allows(ctx, hostRule)) {
        m_host = new QComboBox(this);
        m_host->setObjectName(QStringLiteral("NewHostCombo"));
        m_host->addItem(tr("Automatically schedule new host."), QString());
        if (auto hosts = engine.hosts().list(ctx))
            for (const HostInfo &h : *hosts)
                if (h.record.id != instance.hostId)
                    m_host->addItem(h.state == HostState::Up && h.record.enabled
                                        ? h.record.name
                                        : tr("%1 (%2)").arg(h.record.name, h.record.enabled ? hostStateName(h.state)
                                                                                            : tr("disabled")),
                                    h.record.id);
        form()->addRow(tr("New Host"), m_host);
    }
    if (live) {
        m_block = new QCheckBox(tr("Block Migration"), this);
        m_block->setObjectName(QStringLiteral("BlockMigrationCheck"));
        m_block->setToolTip(tr("Copy the disks to the new host. StackDesk's hosts share no storage, so leave it on "
                               "unless the instances pool is on storage both hosts mount."));
        m_block->setChecked(true);
        form()->addRow(QString(), m_block);
    }
    updateOk();
}

QString MigrateInstanceDialog::problem() const
{
    return {};
}

bool MigrateInstanceDialog::submit()
{
    MigrateSpec spec;
    spec.live = m_live;
    if (m_host)
        spec.host = m_host->currentData().toString();
    if (m_block)
        spec.blockMigration = m_block->isChecked();
    auto result = m_engine.instances().migrate(m_ctx.withNewRequestId(), m_instance.id, spec);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

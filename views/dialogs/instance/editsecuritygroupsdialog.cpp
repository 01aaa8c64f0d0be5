#include "editsecuritygroupsdialog.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"

#include <QFormLayout>
#include <QListWidget>

namespace sd {

EditSecurityGroupsDialog::EditSecurityGroupsDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                                   QWidget *parent)
    : FormDialog(tr("Edit Security Groups of %1").arg(instance.name), tr("Save"), parent), m_engine(engine),
      m_ctx(ctx), m_instance(instance), m_groups(new QListWidget(this))
{
    setObjectName(QStringLiteral("EditSecurityGroupsDialog"));
    setIntro(tr("The security groups of all the instance's ports. Checked groups apply to every port; a group "
                "on only some ports is partly checked; edit those ports in Networks › Ports."));
    PortFilter filter;
    filter.deviceId = instance.id;
    QList<Port> ports;
    if (auto list = engine.ports().list(ctx, filter))
        ports = *list;
    m_groups->setObjectName(QStringLiteral("SecurityGroupList"));
    if (auto groups = engine.securityGroups().list(ctx, instance.projectId)) {
        for (const SecurityGroup &g : *groups) {
            int on = 0;
            for (const Port &p : ports)
                on += p.securityGroupIds.contains(g.id) ? 1 : 0;
            auto *item = new QListWidgetItem(g.description.isEmpty() ? g.name : tr("%1 — %2").arg(g.name, g.description),
                                             m_groups);
            item->setData(Qt::UserRole, g.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool all = !ports.isEmpty() && on == ports.size();
            item->setCheckState(all ? Qt::Checked : on > 0 ? Qt::PartiallyChecked : Qt::Unchecked);
            if (all)
                m_onInstance.insert(g.id);
        }
    }
    form()->addRow(tr("Security Groups"), m_groups);
    connect(m_groups, &QListWidget::itemChanged, this, &EditSecurityGroupsDialog::updateOk);
    updateOk();
}

QString EditSecurityGroupsDialog::problem() const
{
    return m_groups->count() == 0 ? tr("Project %1 has no security group").arg(m_instance.projectName) : QString();
}

bool EditSecurityGroupsDialog::submit()
{
    for (int i = 0; i < m_groups->count(); ++i) {
        const QListWidgetItem *item = m_groups->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const bool want = item->checkState() == Qt::Checked;
        // A partly checked group was left as it is.
        if (item->checkState() == Qt::PartiallyChecked || want == m_onInstance.contains(id))
            continue;
        auto result = want ? m_engine.instances().addSecurityGroup(m_ctx.withNewRequestId(), m_instance.id, id)
                           : m_engine.instances().removeSecurityGroup(m_ctx.withNewRequestId(), m_instance.id, id);
        if (!result) {
            showError(result.error());
            return false;
        }
        if (want)
            m_onInstance.insert(id);
        else
            m_onInstance.remove(id);
    }
    return true;
}

} // namespace sd

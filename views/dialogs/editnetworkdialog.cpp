#include "editnetworkdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "identity/policy.h"
#include "network/networkservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sd {

EditNetworkDialog::EditNetworkDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                                     bool adminPanel, QWidget *parent)
    : FormDialog(tr("Edit Network %1").arg(network.name), tr("Save Changes"), parent), m_engine(engine),
      m_ctx(ctx), m_network(network), m_name(new QLineEdit(network.name, this)),
      m_adminState(new QCheckBox(tr("Enable Admin State"), this))
{
    setObjectName(QStringLiteral("EditNetworkDialog"));
    setIntro(tr("You may update the editable properties of your network here. Subnets are changed from the "
                "network's details."));
    m_name->setObjectName(QStringLiteral("NetworkNameEdit"));
    m_adminState->setObjectName(QStringLiteral("AdminStateBox"));
    m_adminState->setChecked(network.adminStateUp);
    m_adminState->setToolTip(tr("A network whose admin state is down carries no traffic"));
    auto *project = new QLabel(network.projectName.isEmpty() ? network.projectId : network.projectName, this);
    project->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Project"), project);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(QString(), m_adminState);
    const Policy &policy = engine.policy();
    // Hidden, not greyed out, for those who may not set them (Horizon's rule).
    if (policy.allows(ctx, QStringLiteral("network:shared"))) {
        m_shared = new QCheckBox(tr("Shared"), this);
        m_shared->setObjectName(QStringLiteral("SharedBox"));
        m_shared->setChecked(network.shared);
        m_shared->setToolTip(tr("Every project may attach instances to a shared network"));
        form()->addRow(QString(), m_shared);
    }
    if (adminPanel && policy.allows(ctx, QStringLiteral("network:external"))) {
        m_external = new QCheckBox(tr("External Network"), this);
        m_external->setObjectName(QStringLiteral("ExternalBox"));
        m_external->setChecked(network.external);
        m_external->setToolTip(tr("Routers take their gateway, and floating IPs their addresses, from an "
                                  "external network"));
        form()->addRow(QString(), m_external);
    }
    connect(m_name, &QLineEdit::textChanged, this, &EditNetworkDialog::updateOk);
    updateOk();
}

QString EditNetworkDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_network.name)
        return {};
    auto checked = checkedName(tr("Network name"), name);
    return checked ? QString() : checked.error().message;
}

bool EditNetworkDialog::submit()
{
    NetworkUpdate change;
    if (m_name->text().trimmed() != m_network.name)
        change.name = m_name->text().trimmed();
    if (m_adminState->isChecked() != m_network.adminStateUp)
        change.adminStateUp = m_adminState->isChecked();
    if (m_shared && m_shared->isChecked() != m_network.shared)
        change.shared = m_shared->isChecked();
    if (m_external && m_external->isChecked() != m_network.external)
        change.external = m_external->isChecked();
    if (!change.name && !change.adminStateUp && !change.shared && !change.external)
        return true;
    auto result = m_engine.networks().update(m_ctx.withNewRequestId(), m_network.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

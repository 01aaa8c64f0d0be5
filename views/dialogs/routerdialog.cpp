#include "routerdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "identity/projectservice.h"
#include "network/networkservice.h"
#include "network/routerservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sd {

RouterDialog::RouterDialog(Engine &engine, const RequestContext &ctx, const std::optional<Router> &router,
                           bool adminPanel, QWidget *parent)
    : FormDialog(router ? tr("Edit Router %1").arg(router->name) : tr("Create Router"),
                 router ? tr("Save Changes") : tr("Create Router"), parent),
      m_engine(engine), m_ctx(ctx), m_router(router), m_name(new QLineEdit(this)),
      m_adminState(new QCheckBox(tr("Enable Admin State"), this))
{
    setObjectName(router ? QStringLiteral("EditRouterDialog") : QStringLiteral("CreateRouterDialog"));
    setIntro(router
                 ? tr("You may update the editable properties of your router here.")
                 : tr("A router connects the subnets you add to it as interfaces, and, with a gateway on an "
                      "external network, lets them reach outside and receive floating IPs."));
    m_name->setObjectName(QStringLiteral("RouterNameEdit"));
    m_name->setText(router ? router->name : QString());
    m_adminState->setObjectName(QStringLiteral("AdminStateBox"));
    m_adminState->setChecked(router ? router->adminStateUp : true);
    m_adminState->setToolTip(tr("A router whose admin state is down forwards nothing"));
    if (!router && adminPanel) {
        m_project = new QComboBox(this);
        m_project->setObjectName(QStringLiteral("RouterProjectCombo"));
        if (auto projects = engine.projects().list(ctx))
            for (const Project &project : *projects)
                m_project->addItem(project.name, project.id);
        m_project->setCurrentIndex(qMax(0, m_project->findData(ctx.projectId)));
        form()->addRow(tr("Project *"), m_project);
    }
    form()->addRow(tr("Router Name"), m_name);
    form()->addRow(QString(), m_adminState);
    if (!router) {
        m_external = new QComboBox(this);
        m_external->setObjectName(QStringLiteral("ExternalNetworkCombo"));
        m_external->addItem(tr("None: no gateway"), QString());
        NetworkFilter external;
        external.external = true;
        if (auto networks = engine.networks().list(ctx, external))
            for (const Network &network : *networks)
                if (network.external)
                    m_external->addItem(network.name, network.id);
        // The usual router has a gateway: preselect the only external network there is.
        if (m_external->count() == 2)
            m_external->setCurrentIndex(1);
        m_external->setToolTip(tr("The external network the router's gateway takes an address from"));
        form()->addRow(tr("External Network"), m_external);
    }
    connect(m_name, &QLineEdit::textChanged, this, &RouterDialog::updateOk);
    updateOk();
}

QString RouterDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return m_router ? tr("Router name: required") : QString();
    auto checked = checkedName(tr("Router name"), name);
    return checked ? QString() : checked.error().message;
}

bool RouterDialog::submit()
{
    if (!m_router) {
        RouterSpec spec;
        spec.name = m_name->text().trimmed();
        spec.adminStateUp = m_adminState->isChecked();
        spec.externalNetwork = m_external->currentData().toString();
        if (m_project && m_project->currentData().toString() != m_ctx.projectId)
            spec.project = m_project->currentData().toString();
        auto created = m_engine.routers().create(m_ctx.withNewRequestId(), spec);
        if (!created) {
            showError(created.error());
            return false;
        }
        emit routerSaved(created->id, created->name);
        return true;
    }
    const QString name = m_name->text().trimmed();
    if (name != m_router->name) {
        auto renamed =
            m_engine.routers().rename(m_ctx.withNewRequestId(), m_router->id, name, m_router->description);
        if (!renamed) {
            showError(renamed.error());
            return false;
        }
        // A second Save after a refused admin state does not rename again.
        m_router->name = name;
    }
    if (m_adminState->isChecked() != m_router->adminStateUp) {
        auto changed = m_engine.routers().setAdminState(m_ctx.withNewRequestId(), m_router->id,
                                                        m_adminState->isChecked());
        if (!changed) {
            showError(changed.error());
            return false;
        }
    }
    emit routerSaved(m_router->id, name);
    return true;
}

} // namespace sd

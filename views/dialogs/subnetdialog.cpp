#include "subnetdialog.h"

#include "wizards/createnetwork/subnetdetailspage.h"
#include "wizards/createnetwork/subnetpage.h"
#include "wizards/createnetwork/subnetsteps.h"
#include "wizards/createnetwork/wizardside.h"

#include "engine.h"
#include "network/subnetservice.h"

#include <QPushButton>

namespace sd {

SubnetDialog::SubnetDialog(Engine &engine, const RequestContext &ctx, const Network &network,
                           const std::optional<Subnet> &subnet, QWidget *parent)
    : QWizard(parent), m_engine(engine), m_ctx(ctx), m_network(network), m_subnet(subnet),
      m_subnetPage(new SubnetPage(this)), m_detailsPage(new SubnetDetailsPage(this)),
      m_steps(new SubnetSteps(m_subnetPage, m_detailsPage, this))
{
    const QString networkName = network.name.isEmpty() ? network.id : network.name;
    setObjectName(subnet ? QStringLiteral("EditSubnetDialog") : QStringLiteral("CreateSubnetDialog"));
    setWindowTitle(subnet ? tr("Edit Subnet %1 of Network %2").arg(subnet->name, networkName)
                          : tr("Create Subnet on Network %1").arg(networkName));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Save on both steps, as Horizon's workflow: the details are optional.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, subnet ? tr("Save") : tr("Create"));
    setButtonLayout({QWizard::Stretch, QWizard::CancelButton, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CustomButton1});
    saveButton()->setObjectName(QStringLiteral("SaveSubnetButton"));
    saveButton()->setDefault(true);
    addPage(m_subnetPage);
    addPage(m_detailsPage);
    m_side = new WizardSide(this);
    resize(860, 600);

    if (subnet) {
        m_subnetPage->setAddressFixed(true);
        m_subnetPage->load(*subnet);
        m_detailsPage->load(*subnet);
    }
    QList<Subnet> siblings;
    if (auto list = engine.subnets().list(ctx, network.id))
        for (const Subnet &other : *list)
            if (!subnet || other.id != subnet->id)
                siblings.append(other);
    m_steps->setSiblings(siblings);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            save();
    });
    connect(m_steps, &SubnetSteps::checked, this, &SubnetDialog::updateSave);
    updateSave();
}

QPushButton *SubnetDialog::saveButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
}

void SubnetDialog::updateSave()
{
    const QString problem = m_steps->check().first();
    saveButton()->setEnabled(problem.isEmpty());
    saveButton()->setToolTip(problem);
    const SubnetCheck &check = m_steps->check();
    if (!problem.isEmpty())
        m_side->setWaiting(saveButton()->text(),
                           SubnetCheck::isDetail(check.firstField())
                               ? static_cast<QWizardPage *>(m_detailsPage)
                               : m_subnetPage,
                           problem);
    else
        m_side->setReady(
            m_subnet ? tr("Save updates subnet %1.").arg(check.resolved->cidr)
                     : tr("Create adds subnet %1 to network %2.").arg(check.resolved->cidr, m_network.name));
}

QString SubnetDialog::errorText() const
{
    return currentPage() == m_detailsPage ? m_detailsPage->errorText() : m_subnetPage->errorText();
}

void SubnetDialog::showError(const QString &message, const QString &details)
{
    if (currentPage() == m_detailsPage)
        m_detailsPage->showError(message, details);
    else
        m_subnetPage->showError(message, details);
}

void SubnetDialog::save()
{
    const SubnetCheck &check = m_steps->check();
    if (!check.ok() || !check.resolved)
        return;
    if (!m_subnet) {
        SubnetSpec spec = check.spec;
        spec.network = m_network.id;
        auto created = m_engine.subnets().create(m_ctx.withNewRequestId(), spec);
        if (!created) {
            showError(created.error().message, created.error().details);
            return;
        }
        emit subnetSaved(created->id, created->name);
        accept();
        return;
    }
    // Compared with what the engine resolved, so an empty field that means "the default" is not a change.
    const Subnet &now = *check.resolved;
    const Subnet &before = *m_subnet;
    SubnetUpdate change;
    bool any = false;
    if (now.name != before.name) {
        change.name = now.name;
        any = true;
    }
    if (now.gatewayIp != before.gatewayIp) {
        change.gatewayIp = now.gatewayIp;
        change.noGateway = now.gatewayIp.isEmpty();
        any = true;
    }
    if (now.enableDhcp != before.enableDhcp) {
        change.enableDhcp = now.enableDhcp;
        any = true;
    }
    if (now.allocationPools != before.allocationPools) {
        change.allocationPools = now.allocationPools;
        any = true;
    }
    if (now.dnsNameservers != before.dnsNameservers) {
        change.dnsNameservers = now.dnsNameservers;
        any = true;
    }
    if (now.hostRoutes != before.hostRoutes) {
        change.hostRoutes = now.hostRoutes;
        any = true;
    }
    if (any) {
        auto updated = m_engine.subnets().update(m_ctx.withNewRequestId(), before.id, change);
        if (!updated) {
            showError(updated.error().message, updated.error().details);
            return;
        }
    }
    emit subnetSaved(before.id, now.name);
    accept();
}

} // namespace sd

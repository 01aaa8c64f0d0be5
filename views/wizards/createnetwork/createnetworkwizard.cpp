#include "createnetworkwizard.h"

#include "networkpage.h"
#include "subnetdetailspage.h"
#include "subnetpage.h"
#include "subnetsteps.h"
#include "widgets/wizardsteps.h"
#include "wizardside.h"

#include "engine.h"
#include "identity/policy.h"
#include "identity/projectservice.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QPushButton>

namespace sd {

namespace {
NetworkPage *networkPageFor(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                            QWidget *parent)
{
    const Policy &policy = engine.policy();
    NetworkPage::Options options;
    options.shared = policy.allows(ctx, QStringLiteral("network:shared"));
    // As in Horizon, external networks are made from the Admin panel only.
    options.external =
        scope == NetworkModel::Scope::Admin && policy.allows(ctx, QStringLiteral("network:external"));
    if (scope == NetworkModel::Scope::Admin)
        if (auto projects = engine.projects().list(ctx))
            options.projects = *projects;
    options.currentProjectId = ctx.projectId;
    return new NetworkPage(options, parent);
}
} // namespace

CreateNetworkWizard::CreateNetworkWizard(Engine &engine, const RequestContext &ctx, NetworkModel::Scope scope,
                                         QWidget *parent)
    : QWizard(parent), m_engine(engine), m_ctx(ctx), m_network(networkPageFor(engine, ctx, scope, this)),
      m_subnet(new SubnetPage(this)), m_details(new SubnetDetailsPage(this)),
      m_steps(new SubnetSteps(m_subnet, m_details, this))
{
    setObjectName(QStringLiteral("CreateNetworkWizard"));
    setWindowTitle(tr("Create Network"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Create on every step, as Horizon's workflow has it; QWizard's own Finish would only be on the last.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Create"));
    setButtonLayout({QWizard::Stretch, QWizard::CancelButton, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CustomButton1});
    createButton()->setObjectName(QStringLiteral("CreateNetworkButton"));
    createButton()->setDefault(true);
    addPage(m_network);
    addPage(m_subnet);
    addPage(m_details);
    m_side = new WizardSide(this);
    resize(900, 640);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            create();
    });
    connect(m_network, &NetworkPage::changed, this, &CreateNetworkWizard::updateCreate);
    connect(m_steps, &SubnetSteps::checked, this, &CreateNetworkWizard::updateCreate);
    updateCreate();
}

QPushButton *CreateNetworkWizard::createButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
}

QString CreateNetworkWizard::createProblem() const
{
    if (const QString problem = m_network->problem(); !problem.isEmpty())
        return problem;
    return m_network->createSubnet() ? m_steps->check().first() : QString();
}

void CreateNetworkWizard::updateCreate()
{
    const QString problem = createProblem();
    createButton()->setEnabled(problem.isEmpty());
    // A disabled button says why it is disabled.
    createButton()->setToolTip(
        problem.isEmpty()
            ? tr("Create the network%1").arg(m_network->createSubnet() ? tr(" and its subnet") : QString())
            : problem);
    if (const QString network = m_network->problem(); !network.isEmpty()) {
        m_side->setWaiting(createButton()->text(), m_network, network);
    } else if (!problem.isEmpty()) {
        const SubnetCheck &check = m_steps->check();
        m_side->setWaiting(createButton()->text(),
                           SubnetCheck::isDetail(check.firstField()) ? static_cast<QWizardPage *>(m_details)
                                                                     : m_subnet,
                           problem);
    } else {
        const NetworkSpec spec = m_network->spec();
        const QString name = spec.name.isEmpty() ? tr("(unnamed)") : spec.name;
        m_side->setReady(
            m_network->createSubnet() && m_steps->check().resolved
                ? tr("Create makes network %1 with subnet %2.").arg(name, m_steps->check().resolved->cidr)
                : tr("Create makes network %1 without a subnet.").arg(name));
    }
    // Without a subnet the last two steps do not apply; their entries say so instead of leading nowhere.
    WizardStepList *steps = m_side->steps();
    for (int row = 1; row < steps->count(); ++row) {
        QListWidgetItem *item = steps->item(row);
        item->setFlags(m_network->createSubnet() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                 : Qt::NoItemFlags);
        item->setToolTip(m_network->createSubnet() ? page(pageIds().at(row))->subTitle()
                                                   : tr("Check Create Subnet on the Network step"));
    }
}

QString CreateNetworkWizard::errorText() const
{
    if (currentPage() == m_subnet)
        return m_subnet->errorText();
    if (currentPage() == m_details)
        return m_details->errorText();
    return m_network->errorText();
}

void CreateNetworkWizard::showSubnetError(const QString &message, const QString &details)
{
    // The refusal goes where the user is looking, or to the Subnet step when they are on the first one.
    if (currentPage() == m_network)
        next();
    if (currentPage() == m_details)
        m_details->showError(message, details);
    else
        m_subnet->showError(message, details);
}

void CreateNetworkWizard::create()
{
    if (!createProblem().isEmpty())
        return;
    const bool withSubnet = m_network->createSubnet();
    auto network = m_engine.networks().create(m_ctx.withNewRequestId(), m_network->spec());
    if (!network) {
        while (currentPage() != m_network)
            back();
        m_network->showError(network.error().message, network.error().details);
        return;
    }
    if (withSubnet) {
        SubnetSpec spec = m_steps->check().spec;
        spec.network = network->id;
        auto subnet = m_engine.subnets().create(m_ctx.withNewRequestId(), spec);
        if (!subnet) {
            // One step for the user: a network without the subnet they asked for is not what they made.
            (void)m_engine.networks().remove(m_ctx.withNewRequestId(), network->id);
            showSubnetError(tr("%1\nNothing was created: correct the subnet and press Create again.")
                                .arg(subnet.error().message),
                            subnet.error().details);
            return;
        }
    }
    emit networkCreated(network->id, network->name);
    accept();
}

} // namespace sd

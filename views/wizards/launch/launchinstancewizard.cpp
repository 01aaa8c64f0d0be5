#include "launchinstancewizard.h"

#include "configurationpage.h"
#include "detailspage.h"
#include "flavorpage.h"
#include "keypairpage.h"
#include "launchoptions.h"
#include "metadatapage.h"
#include "networkspage.h"
#include "portspage.h"
#include "schedulerhintspage.h"
#include "securitygroupspage.h"
#include "servergroupspage.h"
#include "sourcepage.h"
#include "wizards/createnetwork/wizardside.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"

#include <QPushButton>

namespace sd {

LaunchInstanceWizard::LaunchInstanceWizard(Engine &engine, const RequestContext &ctx, const QString &imageId,
                                           QWidget *parent)
    : LaunchInstanceWizard(engine, ctx, BootSource::Image, imageId, parent)
{
}

LaunchInstanceWizard::LaunchInstanceWizard(Engine &engine, const RequestContext &ctx, BootSource source,
                                           const QString &sourceId, QWidget *parent)
    : QWizard(parent), m_engine(engine), m_ctx(ctx)
{
    const LaunchOptions o = LaunchOptions::read(engine, ctx);
    m_details = new DetailsPage(ctx.projectName, o.zones, o.quota, this);
    m_source = new SourcePage(o, source, sourceId, this);
    m_flavor = new FlavorPage(o.flavors, o.quota, this);
    m_networks = new NetworksPage(o.networks, o.subnetsByNetwork, !o.ports.isEmpty(), this);
    m_ports = new PortsPage(o.ports, o.networkNames, this);
    m_groups = new SecurityGroupsPage(o.securityGroups, this);
    m_keys = new KeyPairPage(engine, ctx, o.keyPairs, this);
    m_config = new ConfigurationPage(this);
    m_serverGroups = new ServerGroupsPage(o.serverGroups, this);
    m_hints = new SchedulerHintsPage(o.hosts, this);
    m_metadata = new MetadataPage(this);

    setObjectName(QStringLiteral("LaunchInstanceWizard"));
    setWindowTitle(tr("Launch Instance"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Launch on every step, as Horizon's workflow: the later steps have good defaults.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Launch Instance"));
    setButtonLayout({QWizard::Stretch, QWizard::CancelButton, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CustomButton1});
    launchButton()->setObjectName(QStringLiteral("LaunchInstanceButton"));
    launchButton()->setDefault(true);
    for (LaunchPage *page : pages()) {
        addPage(page);
        connect(page, &LaunchPage::changed, this, &LaunchInstanceWizard::updateLaunch);
    }
    m_side = new WizardSide(this);
    resize(1000, 660);

    // The flavors' reasons follow the source and the count, and so does the Source step's (one instance
    // per existing volume, the volumes quota); the NIC rule spans two steps.
    const auto refit = [this] { m_flavor->fit(m_source->image(), m_source->root(), m_details->count()); };
    connect(m_details, &LaunchPage::changed, this, [this] { m_source->setCount(m_details->count()); });
    connect(m_details, &LaunchPage::changed, this, refit);
    connect(m_source, &LaunchPage::changed, this, refit);
    connect(m_networks, &LaunchPage::changed, this,
            [this] { m_ports->setNetworksChosen(int(m_networks->chosen().size())); });
    connect(m_ports, &LaunchPage::changed, this,
            [this] { m_networks->setPortsChosen(int(m_ports->chosen().size())); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            launch();
    });
    m_source->setCount(m_details->count());
    refit();
    m_ports->setNetworksChosen(int(m_networks->chosen().size()));
    m_networks->setPortsChosen(int(m_ports->chosen().size()));
    updateLaunch();
}

QList<LaunchPage *> LaunchInstanceWizard::pages() const
{
    return {m_details, m_source, m_flavor,       m_networks, m_ports,   m_groups,
            m_keys,    m_config, m_serverGroups, m_hints,    m_metadata};
}

QPushButton *LaunchInstanceWizard::launchButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
}

QString LaunchInstanceWizard::launchProblem() const
{
    for (LaunchPage *page : pages())
        if (const QString problem = page->problem(); !problem.isEmpty())
            return problem;
    if (m_networks->chosen().isEmpty() && m_ports->chosen().isEmpty())
        return tr(
            "The instance needs a NIC: check a network on the Networks step or a port on Network Ports");
    return {};
}

void LaunchInstanceWizard::updateLaunch()
{
    if (!m_side) // the pages speak while they are being added
        return;
    const QString problem = launchProblem();
    launchButton()->setEnabled(problem.isEmpty());
    launchButton()->setToolTip(problem.isEmpty() ? tr("Launch with the settings of every step") : problem);
    if (problem.isEmpty()) {
        const int count = m_details->count();
        m_side->setReady(
            count == 1
                ? tr("Launch Instance makes instance %1.").arg(spec().name)
                : tr("Launch Instance makes %1 instances, %2-1 to %2-%1.").arg(count).arg(spec().name));
        return;
    }
    LaunchPage *holding = m_ports;
    for (LaunchPage *page : pages())
        if (!page->problem().isEmpty()) {
            holding = page;
            break;
        }
    m_side->setWaiting(launchButton()->text(), holding, problem);
}

LaunchSpec LaunchInstanceWizard::spec() const
{
    LaunchSpec spec;
    for (LaunchPage *page : pages())
        page->contribute(spec);
    return spec;
}

QString LaunchInstanceWizard::errorText() const
{
    auto *page = qobject_cast<LaunchPage *>(currentPage());
    return page ? page->errorText() : QString();
}

bool LaunchInstanceWizard::launch()
{
    if (!launchProblem().isEmpty())
        return false;
    for (LaunchPage *page : pages())
        page->showError({});
    auto made = m_engine.instances().launch(m_ctx.withNewRequestId(), spec());
    if (!made) {
        // Where the user is looking; every field keeps what they gave.
        if (auto *page = qobject_cast<LaunchPage *>(currentPage()))
            page->showError(made.error().message, made.error().details);
        return false;
    }
    QStringList names;
    for (const Instance &i : *made)
        names.append(i.name);
    emit launched(names);
    accept();
    return true;
}

} // namespace sd

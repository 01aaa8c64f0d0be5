#pragma once

#include "compute/instance/launchspec.h"
#include "core/requestcontext.h"

#include <QWizard>

class QPushButton;

namespace sd {

class ConfigurationPage;
class DetailsPage;
class Engine;
class FlavorPage;
class KeyPairPage;
class LaunchPage;
class MetadataPage;
class NetworksPage;
class PortsPage;
class SchedulerHintsPage;
class SecurityGroupsPage;
class ServerGroupsPage;
class SourcePage;
class WizardSide;

// Project › Compute › Instances › Launch Instance, Horizon's 11 steps. Each step validates as the user
// types and says why Next waits; "Launch Instance" is on every step and enabled once every step is
// complete (the side panel names the step that holds it back). It calls InstanceService::launch; a
// refusal is shown on the current step in the engine's words and the wizard stays open with every
// field as the user left it. Opened from the Images, Volumes or Volume Snapshots panel, that image,
// volume or snapshot is the preselected boot source.
class LaunchInstanceWizard : public QWizard
{
    Q_OBJECT

public:
    // imageId: the image preselected on the Source step; empty for none.
    LaunchInstanceWizard(Engine &engine, const RequestContext &ctx, const QString &imageId,
                         QWidget *parent = nullptr);
    // The Source step opens on source with sourceId (an image, a volume or a volume snapshot) chosen.
    LaunchInstanceWizard(Engine &engine, const RequestContext &ctx, BootSource source,
                         const QString &sourceId, QWidget *parent = nullptr);

    DetailsPage *detailsPage() const { return m_details; }
    SourcePage *sourcePage() const { return m_source; }
    FlavorPage *flavorPage() const { return m_flavor; }
    NetworksPage *networksPage() const { return m_networks; }
    PortsPage *portsPage() const { return m_ports; }
    SecurityGroupsPage *securityGroupsPage() const { return m_groups; }
    KeyPairPage *keyPairPage() const { return m_keys; }
    ConfigurationPage *configurationPage() const { return m_config; }
    ServerGroupsPage *serverGroupsPage() const { return m_serverGroups; }
    SchedulerHintsPage *schedulerHintsPage() const { return m_hints; }
    MetadataPage *metadataPage() const { return m_metadata; }
    QPushButton *launchButton() const;
    // What keeps Launch Instance disabled; empty when it may launch.
    QString launchProblem() const;
    // The refusal shown on the current step; empty when none.
    QString errorText() const;
    LaunchSpec spec() const;

    // Launches as the button does; false when refused (the refusal is on the current step).
    bool launch();

Q_SIGNALS:
    // The names of the instances made.
    void launched(const QStringList &names);

private:
    QList<LaunchPage *> pages() const;
    void updateLaunch();

    Engine &m_engine;
    RequestContext m_ctx;
    DetailsPage *m_details;
    SourcePage *m_source;
    FlavorPage *m_flavor;
    NetworksPage *m_networks;
    PortsPage *m_ports;
    SecurityGroupsPage *m_groups;
    KeyPairPage *m_keys;
    ConfigurationPage *m_config;
    ServerGroupsPage *m_serverGroups;
    SchedulerHintsPage *m_hints;
    MetadataPage *m_metadata;
    WizardSide *m_side = nullptr;
};

} // namespace sd

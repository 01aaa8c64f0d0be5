#include "instancedetailsdialog.h"

#include "instanceactionlogtab.h"
#include "instanceconsoletab.h"
#include "instancelogtab.h"
#include "instanceoverview.h"
#include "models/portmodel.h"
#include "widgets/resourcetable.h"

#include "compute/instance/instanceservice.h"
#include "console/consolelauncher.h"
#include "engine.h"
#include "volume/volumeservice.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>

namespace sd {

InstanceDetailsDialog::InstanceDetailsDialog(Engine &engine, const RequestContext &ctx,
                                             const QString &instanceId, QWidget *parent)
    : DetailsDialog(QStringLiteral("InstanceDetailsDialog"), tr("Instance Details"), parent),
      m_engine(engine), m_ctx(ctx), m_instanceId(instanceId), m_overview(new InstanceOverview(this)),
      m_ports(new PortModel(engine, ctx, PortModel::Of::Device, instanceId, this)),
      m_interfaces(new ResourceTable(this)), m_log(new InstanceLogTab(engine, ctx, instanceId, this)),
      m_console(new InstanceConsoleTab(engine, ctx, instanceId, this)), m_actionLog(new InstanceActionLogTab(engine, ctx, instanceId, this))
{
    resize(860, 620);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_interfaces->setObjectName(QStringLiteral("InstanceInterfacesView"));
    m_interfaces->setModel(m_ports);
    // A router's Type column means nothing for an instance's ports.
    m_interfaces->setColumnHidden(m_ports->columnOf(PortModel::Type), true);

    tabs()->addTab(scroll, tr("Overview"));
    tabs()->addTab(m_interfaces, tr("Interfaces"));
    tabs()->addTab(m_log, tr("Log"));
    tabs()->addTab(m_console, tr("Console"));
    tabs()->addTab(m_actionLog, tr("Action Log"));
    // Horizon: CONSOLE_TYPE None means no Console tab.
    tabs()->setTabVisible(ConsoleTab, ConsoleLauncher::consolesShown(engine, ctx));
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int tab) {
        // The log is read from the host only when someone looks at it, and the console connects then.
        if (tab == LogTab && !m_log->isLoading())
            m_log->refresh();
        if (tab == ConsoleTab)
            m_console->activate();
    });

    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("instance") && id == m_instanceId) {
            reload();
            m_actionLog->reload();
            clearMessage();
        }
        // An attach or detach changes Volumes Attached.
        else if (kind == QLatin1String("volume"))
            reload();
    });
    connect(&engine, &Engine::resourceRemoved, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("instance") && id == m_instanceId)
            showGone(tr("This instance has been deleted."));
    });
    reload();
}

void InstanceDetailsDialog::showTab(int tab)
{
    if (tabs()->currentIndex() == tab && tab == LogTab && !m_log->isLoading())
        m_log->refresh();
    tabs()->setCurrentIndex(tab);
}

QString InstanceDetailsDialog::consoleText() const
{
    return m_console->messageText();
}

void InstanceDetailsDialog::reload()
{
    auto instance = m_engine.instances().show(m_ctx, m_instanceId);
    if (!instance) {
        showGone(instance.error().message);
        return;
    }
    setWindowTitle(tr("Instance Details: %1").arg(instance->name));
    setHeading(instance->name);
    m_overview->setInstance(*instance, QDateTime::currentDateTimeUtc());
    m_overview->setVolumes(m_engine.volumes().attachedTo(m_instanceId));
}

} // namespace sd

#pragma once

#include "core/requestcontext.h"

#include "dialogs/detailsdialog.h"


namespace sd {

class Engine;
class InstanceActionLogTab;
class InstanceConsoleTab;
class InstanceLogTab;
class InstanceOverview;
class PortModel;
class ResourceTable;

// An instance's details, Horizon's tabs: Overview, Interfaces (its ports), Log (the serial console's
// last lines), Console, Action Log. It does not block the panel and follows the instance: a change
// shows at once, a deletion is said instead of showing stale values.
class InstanceDetailsDialog : public DetailsDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTab,
        InterfacesTab,
        LogTab,
        ConsoleTab,
        ActionLogTab,
    };

    InstanceDetailsDialog(Engine &engine, const RequestContext &ctx, const QString &instanceId,
                          QWidget *parent = nullptr);

    QString instanceId() const { return m_instanceId; }
    // Shows the tab; the Log tab asks the host for the console log when shown.
    void showTab(int tab);
    InstanceOverview *overview() const { return m_overview; }
    PortModel *portModel() const { return m_ports; }
    InstanceLogTab *logTab() const { return m_log; }
    InstanceActionLogTab *actionLog() const { return m_actionLog; }
    // What the Console tab says instead of a console (empty while one is shown).
    QString consoleText() const;
    InstanceConsoleTab *consoleTab() const { return m_console; }

private:
    void reload();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_instanceId;
    InstanceOverview *m_overview;
    PortModel *m_ports;
    ResourceTable *m_interfaces;
    InstanceLogTab *m_log;
    InstanceConsoleTab *m_console;
    InstanceActionLogTab *m_actionLog;
};

} // namespace sd

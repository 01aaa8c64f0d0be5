#pragma once

#include "core/requestcontext.h"

#include <QHash>
#include <QMainWindow>

class QStackedWidget;

namespace sd {

class Engine;
class HeaderBar;
class HostModel;
class NavigationTree;
class NotificationArea;
class Panel;
class TaskDock;

// StackDesk's window: the header (project switcher, user menu), Horizon's navigation on the left, the
// selected panel, the Tasks dock and the notifications. Only panels the user may use are built, and a
// section without panels is not shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationTree *navigation() const { return m_navigation; }
    HeaderBar *headerBar() const { return m_header; }
    TaskDock *taskDock() const { return m_tasks; }
    NotificationArea *notifications() const { return m_notifications; }
    Panel *panel(const QString &key) const;
    QString currentPanel() const;
    bool showPanel(const QString &key);
    const RequestContext &context() const { return m_ctx; }

    void saveSettings() const;
    void restoreSettings();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QStringList myProjectNames() const;
    void buildPanels();
    void clearPanels();
    void addPanel(int section, const QString &group, const QString &key, const QString &title,
                  const QString &icon, Panel *panel);
    void switchProject(const QString &project);
    void showAbout();

    Engine &m_engine;
    RequestContext m_ctx;
    HeaderBar *m_header;
    NavigationTree *m_navigation;
    QStackedWidget *m_stack;
    NotificationArea *m_notifications;
    TaskDock *m_tasks;
    HostModel *m_hostModel = nullptr;
    QHash<QString, Panel *> m_panels;
};

} // namespace sd

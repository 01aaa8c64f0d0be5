#pragma once

#include "core/requestcontext.h"
#include "identity/session.h"

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
// selected panel, the Tasks dock and the notifications. Only panels the policy lets the user use are
// built (Horizon hides the others rather than greying them), and a section without panels is not shown.
// Signed in with a token, switching project re-scopes the token and Sign Out revokes it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a token: the data dir's administrator (the demo shortcut, tests).
    MainWindow(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);
    MainWindow(Engine &engine, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationTree *navigation() const { return m_navigation; }
    HeaderBar *headerBar() const { return m_header; }
    TaskDock *taskDock() const { return m_tasks; }
    NotificationArea *notifications() const { return m_notifications; }
    Panel *panel(const QString &key) const;
    QString currentPanel() const;
    bool showPanel(const QString &key);
    const RequestContext &context() const { return m_ctx; }
    // Empty when signed in without a token.
    QString token() const { return m_token; }

    // Switches the project everything works in and rebuilds the panels for the roles held there.
    bool switchProject(const QString &project);
    // Revokes the token, then closes; reason is shown by the login dialog.
    void signOut(const QString &reason = {});

    void saveSettings() const;
    void restoreSettings();
    void resetLayout();

Q_SIGNALS:
    // Emitted by signOut() before the window closes.
    void signedOut(const QString &reason);
    // Emitted whenever the window closes, after a sign-out or not.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUp();
    void refreshProjects();
    void applyItemsPerPage(int rows);
    QStringList myProjectNames() const;
    void buildPanels();
    void clearPanels();
    void addPanel(int section, const QString &group, const QString &key, const QString &title,
                  const QString &icon, Panel *panel);
    void showAbout();

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_token;
    HeaderBar *m_header;
    NavigationTree *m_navigation;
    QStackedWidget *m_stack;
    NotificationArea *m_notifications;
    TaskDock *m_tasks;
    HostModel *m_hostModel = nullptr;
    QHash<QString, Panel *> m_panels;
};

} // namespace sd

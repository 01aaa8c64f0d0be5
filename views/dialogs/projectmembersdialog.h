#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace sd {

class Engine;
class ProjectMemberPicker;

// Identity › Projects › Manage Members: the users and the groups holding roles on one project, with
// their roles. Save adds and removes exactly the assignments that changed; what the engine refuses
// (one's own admin role, the last administrator) is listed, and the dialog shows the state that holds.
class ProjectMembersDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectMembersDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                         QWidget *parent = nullptr);

    ProjectMemberPicker *userPicker() const { return m_users; }
    ProjectMemberPicker *groupPicker() const { return m_groups; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *okButton() const;
    QString errorText() const;

private:
    void load();
    void submit();
    // Applies the difference for one kind of member; returns the failures in words.
    QStringList apply(bool groups, const QMap<QString, QStringList> &before,
                      const QMap<QString, QStringList> &after);
    void showError(const QString &message, const QString &details = {});

    Engine &m_engine;
    RequestContext m_ctx;
    Project m_project;
    QTabWidget *m_tabs;
    ProjectMemberPicker *m_users;
    ProjectMemberPicker *m_groups;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QMap<QString, QStringList> m_userRoles;
    QMap<QString, QStringList> m_groupRoles;
};

} // namespace sd

#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd {

class ProjectRoleCombo;

// Horizon's membership widget: everyone who could be a member on the left, the project's members on
// the right, each with the roles they hold. Used for users and for groups, in the Create Project
// wizard and in Manage Members.
class ProjectMemberPicker : public QWidget
{
    Q_OBJECT

public:
    ProjectMemberPicker(const QString &candidatesTitle, const QString &membersTitle,
                        QWidget *parent = nullptr);

    // The roles to choose from; a new member gets defaultRole.
    void setRoles(const QStringList &roles, const QString &defaultRole);
    void setCandidates(const QStringList &names);
    // Member name → roles; replaces the current members.
    void setMembers(const QMap<QString, QStringList> &members);
    QMap<QString, QStringList> members() const;

    void addMember(const QString &name);
    void removeMember(const QString &name);
    ProjectRoleCombo *roleCombo(const QString &name) const;

    QListWidget *candidateList() const { return m_candidates; }
    QTreeWidget *memberList() const { return m_members; }
    QLineEdit *candidateFilter() const { return m_filter; }

Q_SIGNALS:
    void changed();

private:
    void addSelected();
    void removeSelected();
    void refreshCandidates();
    void updateButtons();
    QTreeWidgetItem *memberItem(const QString &name) const;
    void insertMember(const QString &name, const QStringList &roles);

    QStringList m_roles;
    QString m_defaultRole;
    QStringList m_allCandidates;
    QLineEdit *m_filter;
    QListWidget *m_candidates;
    QTreeWidget *m_members;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_membersTitle;
    QString m_membersTitleText;
};

} // namespace sd

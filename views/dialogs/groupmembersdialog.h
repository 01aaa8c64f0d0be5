#pragma once

#include "core/requestcontext.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace sd {

class Engine;

// Identity › Groups › Manage Members: all users on the left, the group's members on the right; Add and
// Remove (or a double click) change the membership at once through the engine, and both lists follow
// the engine's notifications.
class GroupMembersDialog : public QDialog
{
    Q_OBJECT

public:
    GroupMembersDialog(Engine &engine, const RequestContext &ctx, const QString &groupId,
                       QWidget *parent = nullptr);

    QListWidget *usersList() const { return m_users; }
    QListWidget *membersList() const { return m_members; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString errorText() const;

private:
    void reload();
    void addSelected();
    void removeSelected();
    void updateButtons();
    void showError(const QString &message, const QString &details);

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_groupId;
    QListWidget *m_users;
    QListWidget *m_members;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace sd

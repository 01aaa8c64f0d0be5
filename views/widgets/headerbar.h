#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace sd {

// The top bar, as in Horizon's header: the product, the project switcher and the user menu (Settings,
// Change Password, About, Sign Out, Quit).
class HeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    void setProjects(const QStringList &projects, const QString &current);
    void setUserName(const QString &userName);

    QComboBox *projectCombo() const { return m_projects; }
    QToolButton *userButton() const { return m_user; }

Q_SIGNALS:
    void projectSwitchRequested(const QString &project);
    void settingsRequested();
    void changePasswordRequested();
    void aboutRequested();
    void signOutRequested();
    void quitRequested();

private:
    QComboBox *m_projects;
    QToolButton *m_user;
};

} // namespace sd

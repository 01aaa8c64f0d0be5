#include "headerbar.h"

#include "icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

namespace sd {

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent), m_projects(new QComboBox(this)), m_user(new QToolButton(this))
{
    setObjectName(QStringLiteral("HeaderBar"));
    setAttribute(Qt::WA_StyledBackground);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::get(QStringLiteral("stackdesk")).pixmap(26, 26));
    auto *name = new QLabel(tr("StackDesk"), this);
    name->setObjectName(QStringLiteral("ProductName"));
    auto *projectLabel = new QLabel(tr("Project:"), this);
    projectLabel->setObjectName(QStringLiteral("ProjectLabel"));
    m_projects->setObjectName(QStringLiteral("ProjectSwitcher"));
    connect(m_projects, &QComboBox::currentTextChanged, this, &HeaderBar::projectSwitchRequested);

    m_user->setObjectName(QStringLiteral("UserMenuButton"));
    m_user->setIcon(Icons::get(QStringLiteral("user")));
    m_user->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_user->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_user);
    menu->addAction(Icons::get(QStringLiteral("settings")), tr("Settings"), this,
                    &HeaderBar::settingsRequested);
    menu->addAction(Icons::get(QStringLiteral("action-password")), tr("Change Password"), this,
                    &HeaderBar::changePasswordRequested);
    menu->addAction(Icons::get(QStringLiteral("about")), tr("About StackDesk"), this,
                    &HeaderBar::aboutRequested);
    menu->addSeparator();
    menu->addAction(Icons::get(QStringLiteral("sign-out")), tr("Sign Out"), this,
                    &HeaderBar::signOutRequested)
        ->setObjectName(QStringLiteral("signOutAction"));
    QAction *quit =
        menu->addAction(Icons::get(QStringLiteral("quit")), tr("Quit"), this, &HeaderBar::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    m_user->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(10);
    layout->addWidget(logo);
    layout->addWidget(name);
    layout->addStretch(1);
    layout->addWidget(projectLabel);
    layout->addWidget(m_projects);
    layout->addSpacing(8);
    layout->addWidget(m_user);
}

void HeaderBar::setProjects(const QStringList &projects, const QString &current)
{
    const QSignalBlocker blocker(m_projects);
    m_projects->clear();
    m_projects->addItems(projects);
    m_projects->setCurrentText(current);
    const bool canSwitch = projects.size() > 1;
    m_projects->setEnabled(canSwitch);
    m_projects->setToolTip(canSwitch
                               ? tr("Switch the project you work in")
                               : tr("You are a member of one project only: there is nothing to switch to"));
}

void HeaderBar::setUserName(const QString &userName)
{
    m_user->setText(userName);
}

} // namespace sd

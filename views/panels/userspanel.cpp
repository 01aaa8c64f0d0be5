#include "userspanel.h"

#include "models/roleassignmentmodel.h"
#include "models/usermodel.h"
#include "tablepane.h"
#include "useractions.h"
#include "widgets/resourcetable.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd {

UsersPanel::UsersPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Identity"), tr("Users"), parent), m_model(new UserModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("Users"), this)),
      m_actions(new UserActions(engine, ctx, this)),
      m_assignments(new RoleAssignmentModel(engine, ctx, this)), m_assignmentView(new ResourceTable(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("UsersPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    m_table->view()->horizontalHeader()->setSectionResizeMode(UserModel::Description,
                                                              QHeaderView::Interactive);
    m_table->view()->setColumnWidth(UserModel::Description, 220);
    connect(m_actions, &UserActions::notify, this, &Panel::notify);
    connect(m_actions, &UserActions::userCreated, this, [this](const QString &name) { selectUsers({name}); });

    m_assignmentView->setObjectName(QStringLiteral("UserRoleAssignmentsView"));
    m_assignmentView->setModel(m_assignments);
    m_assignmentView->setSortingEnabled(false); // already in the engine's order: project, then role
    m_tabs->setObjectName(QStringLiteral("UserDetailTabs"));
    m_tabs->addTab(m_assignmentView, tr("Role Assignments"));
    m_tabs->setDocumentMode(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("UsersSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);

    connect(m_table, &TablePane::selectionChanged, this, &UsersPanel::selectionChanged);
    selectionChanged();
}

QList<User> UsersPanel::selectedUsers() const
{
    QList<User> users;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            users.append(m_model->itemAt(row));
    return users;
}

void UsersPanel::selectUsers(const QStringList &names)
{
    m_table->selectByName(names);
}

void UsersPanel::selectionChanged()
{
    const QList<User> users = selectedUsers();
    m_actions->setSelection(users);
    m_assignments->setUser(users.size() == 1 ? users.first().id : QString());
    m_tabs->setTabText(0, users.size() == 1 ? tr("Role Assignments of %1").arg(users.first().name)
                                            : tr("Role Assignments (select one user)"));
}

} // namespace sd

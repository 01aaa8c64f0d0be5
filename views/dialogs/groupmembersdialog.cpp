#include "groupmembersdialog.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/userservice.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

GroupMembersDialog::GroupMembersDialog(Engine &engine, const RequestContext &ctx, const QString &groupId,
                                       QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_groupId(groupId), m_users(new QListWidget(this)),
      m_members(new QListWidget(this)), m_add(new QPushButton(tr("Add ›"), this)),
      m_remove(new QPushButton(tr("‹ Remove"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("GroupMembersDialog"));
    setMinimumSize(620, 420);
    m_users->setObjectName(QStringLiteral("AllUsersList"));
    m_members->setObjectName(QStringLiteral("GroupMembersList"));
    m_add->setObjectName(QStringLiteral("AddMemberButton"));
    m_remove->setObjectName(QStringLiteral("RemoveMemberButton"));
    // Rows as tall as the tables' rows, so the lists read like the rest of StackDesk.
    setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 6px; }"));
    for (QListWidget *list : {m_users, m_members}) {
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setSortingEnabled(true);
        connect(list, &QListWidget::itemSelectionChanged, this, &GroupMembersDialog::updateButtons);
    }
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *hint =
        new QLabel(tr("Changes apply at once. Members hold every role the group has on a project."), this);
    hint->setObjectName(QStringLiteral("HintLabel"));
    hint->setWordWrap(true);
    auto *usersTitle = new QLabel(tr("All Users"), this);
    auto *membersTitle = new QLabel(tr("Group Members"), this);
    for (QLabel *title : {usersTitle, membersTitle})
        title->setObjectName(QStringLiteral("SectionTitle"));

    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(usersTitle, 0, 0);
    grid->addWidget(membersTitle, 0, 2);
    grid->addWidget(m_users, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_members, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(hint);
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &GroupMembersDialog::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &GroupMembersDialog::removeSelected);
    connect(m_users, &QListWidget::itemDoubleClicked, this, &GroupMembersDialog::addSelected);
    connect(m_members, &QListWidget::itemDoubleClicked, this, &GroupMembersDialog::removeSelected);
    for (auto signal : {&Engine::resourceChanged, &Engine::resourceRemoved})
        connect(&engine, signal, this, [this](const QString &kind, const QString &id) {
            if (kind == QLatin1String("user") || (kind == QLatin1String("group") && id == m_groupId))
                reload();
        });
    reload();
}

QString GroupMembersDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void GroupMembersDialog::reload()
{
    auto group = m_engine.groups().show(m_ctx, m_groupId);
    if (!group) {
        showError(group.error().message, group.error().details);
        return;
    }
    setWindowTitle(tr("Manage Members of %1").arg(group->name));
    auto users = m_engine.users().list(m_ctx);
    m_users->clear();
    m_members->clear();
    if (users)
        for (const User &u : *users) {
            auto *item =
                new QListWidgetItem(u.name, group->memberNames.contains(u.name) ? m_members : m_users);
            item->setToolTip(u.enabled ? u.description : tr("%1 (disabled)").arg(u.description).trimmed());
            if (!u.enabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    updateButtons();
}

void GroupMembersDialog::addSelected()
{
    m_error->setVisible(false);
    const auto items = m_users->selectedItems();
    QStringList names;
    for (const QListWidgetItem *item : items)
        names.append(item->text());
    // Each change notifies and reloads the lists, so the names are read before the first one.
    for (const QString &name : names)
        if (auto r = m_engine.groups().addUser(m_ctx.withNewRequestId(), m_groupId, name); !r)
            showError(r.error().message, r.error().details);
}

void GroupMembersDialog::removeSelected()
{
    m_error->setVisible(false);
    const auto items = m_members->selectedItems();
    QStringList names;
    for (const QListWidgetItem *item : items)
        names.append(item->text());
    for (const QString &name : names)
        if (auto r = m_engine.groups().removeUser(m_ctx.withNewRequestId(), m_groupId, name); !r)
            showError(r.error().message, r.error().details);
}

void GroupMembersDialog::updateButtons()
{
    m_add->setEnabled(!m_users->selectedItems().isEmpty());
    m_remove->setEnabled(!m_members->selectedItems().isEmpty());
}

void GroupMembersDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
}

} // namespace sd

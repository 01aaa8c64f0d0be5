#include "projectmemberpicker.h"

#include "icons.h"
#include "projectrolecombo.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

ProjectMemberPicker::ProjectMemberPicker(const QString &candidatesTitle, const QString &membersTitle,
                                         QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_candidates(new QListWidget(this)),
      m_members(new QTreeWidget(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_membersTitle(new QLabel(membersTitle, this)),
      m_membersTitleText(membersTitle)
{
    setObjectName(QStringLiteral("ProjectMemberPicker"));
    auto *candidatesLabel = new QLabel(candidatesTitle, this);
    candidatesLabel->setObjectName(QStringLiteral("SectionTitle"));
    m_membersTitle->setObjectName(QStringLiteral("SectionTitle"));

    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setSortingEnabled(true);
    m_candidates->setToolTip(tr("Double-click to add"));
    m_members->setColumnCount(2);
    m_members->setHeaderLabels({tr("Name"), tr("Roles")});
    m_members->setRootIsDecorated(false);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setSortingEnabled(true);
    m_members->sortByColumn(0, Qt::AscendingOrder);
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_members->header()->resizeSection(1, 170);
    m_members->header()->setStretchLastSection(false);
    m_add->setIcon(Icons::get(QStringLiteral("action-add")));
    m_add->setToolTip(tr("Add the selected entries to the project, with the default role"));
    m_remove->setIcon(Icons::get(QStringLiteral("action-remove")));
    m_remove->setToolTip(tr("Take the selected members off the project"));

    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(candidatesLabel, 0, 0);
    grid->addWidget(m_membersTitle, 0, 2);
    grid->addWidget(m_filter, 1, 0);
    grid->addWidget(m_candidates, 2, 0);
    grid->addLayout(buttons, 1, 1, 2, 1);
    grid->addWidget(m_members, 1, 2, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectMemberPicker::refreshCandidates);
    connect(m_add, &QPushButton::clicked, this, &ProjectMemberPicker::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProjectMemberPicker::removeSelected);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { addMember(item->text()); });
    connect(m_candidates, &QListWidget::itemSelectionChanged, this, &ProjectMemberPicker::updateButtons);
    connect(m_members, &QTreeWidget::itemSelectionChanged, this, &ProjectMemberPicker::updateButtons);
    updateButtons();
}

void ProjectMemberPicker::setRoles(const QStringList &roles, const QString &defaultRole)
{
    m_roles = roles;
    m_defaultRole = roles.contains(defaultRole) ? defaultRole : roles.value(0);
}

void ProjectMemberPicker::setCandidates(const QStringList &names)
{
    m_allCandidates = names;
    refreshCandidates();
}

void ProjectMemberPicker::setMembers(const QMap<QString, QStringList> &members)
{
    m_members->clear();
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        insertMember(it.key(), it.value());
    refreshCandidates();
    emit changed();
}

QMap<QString, QStringList> ProjectMemberPicker::members() const
{
    QMap<QString, QStringList> result;
    for (int i = 0; i < m_members->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_members->topLevelItem(i);
        auto *combo = static_cast<ProjectRoleCombo *>(m_members->itemWidget(item, 1));
        result.insert(item->text(0), combo->checkedRoles());
    }
    return result;
}

QTreeWidgetItem *ProjectMemberPicker::memberItem(const QString &name) const
{
    for (int i = 0; i < m_members->topLevelItemCount(); ++i)
        if (m_members->topLevelItem(i)->text(0) == name)
            return m_members->topLevelItem(i);
    return nullptr;
}

ProjectRoleCombo *ProjectMemberPicker::roleCombo(const QString &name) const
{
    QTreeWidgetItem *item = memberItem(name);
    return item ? static_cast<ProjectRoleCombo *>(m_members->itemWidget(item, 1)) : nullptr;
}

void ProjectMemberPicker::insertMember(const QString &name, const QStringList &roles)
{
    auto *item = new QTreeWidgetItem(m_members, {name});
    auto *combo = new ProjectRoleCombo(m_roles, m_members);
    combo->setCheckedRoles(roles.isEmpty() ? QStringList{m_defaultRole} : roles);
    // A role the combo does not offer (deleted meanwhile) still must not leave the member roleless.
    if (combo->checkedRoles().isEmpty())
        combo->setCheckedRoles({m_defaultRole});
    m_members->setItemWidget(item, 1, combo);
    connect(combo, &ProjectRoleCombo::rolesChanged, this, &ProjectMemberPicker::changed);
}

void ProjectMemberPicker::addMember(const QString &name)
{
    if (memberItem(name) || !m_allCandidates.contains(name))
        return;
    insertMember(name, {});
    refreshCandidates();
    emit changed();
}

void ProjectMemberPicker::removeMember(const QString &name)
{
    delete memberItem(name);
    refreshCandidates();
    emit changed();
}

void ProjectMemberPicker::addSelected()
{
    QStringList names;
    for (QListWidgetItem *item : m_candidates->selectedItems())
        names.append(item->text());
    for (const QString &name : names)
        addMember(name);
}

void ProjectMemberPicker::removeSelected()
{
    QStringList names;
    for (QTreeWidgetItem *item : m_members->selectedItems())
        names.append(item->text(0));
    for (const QString &name : names)
        removeMember(name);
}

void ProjectMemberPicker::refreshCandidates()
{
    m_candidates->clear();
    const QString filter = m_filter->text().trimmed();
    for (const QString &name : std::as_const(m_allCandidates))
        if (!memberItem(name) && (filter.isEmpty() || name.contains(filter, Qt::CaseInsensitive)))
            m_candidates->addItem(name);
    m_membersTitle->setText(tr("%1 (%2)").arg(m_membersTitleText).arg(m_members->topLevelItemCount()));
    updateButtons();
}

void ProjectMemberPicker::updateButtons()
{
    m_add->setEnabled(!m_candidates->selectedItems().isEmpty());
    m_remove->setEnabled(!m_members->selectedItems().isEmpty());
}

} // namespace sd

#include "projectpicker.h"

#include "icons.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ProjectPicker::ProjectPicker(const QString &allTitle, const QString &chosenTitle, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_all(new QListWidget(this)),
      m_chosen(new QListWidget(this)), m_add(new QPushButton(tr("Add ›"), this)),
      m_remove(new QPushButton(tr("‹ Remove"), this)), m_chosenTitle(new QLabel(chosenTitle, this)),
      m_chosenTitleText(chosenTitle)
{
    setObjectName(QStringLiteral("ProjectPicker"));
    auto *allLabel = new QLabel(allTitle, this);
    allLabel->setObjectName(QStringLiteral("SectionTitle"));
    m_chosenTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_filter->setObjectName(QStringLiteral("ProjectFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_all->setObjectName(QStringLiteral("AllProjectsList"));
    m_chosen->setObjectName(QStringLiteral("ChosenProjectsList"));
    m_add->setObjectName(QStringLiteral("AddProjectButton"));
    m_remove->setObjectName(QStringLiteral("RemoveProjectButton"));
    m_add->setToolTip(tr("Give the selected projects access"));
    m_remove->setToolTip(tr("Take access away from the selected projects"));
    for (QListWidget *list : {m_all, m_chosen}) {
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setSortingEnabled(true);
        list->setToolTip(list == m_all ? tr("Double-click to add") : tr("Double-click to remove"));
        connect(list, &QListWidget::itemSelectionChanged, this, &ProjectPicker::updateButtons);
    }

    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(allLabel, 0, 0);
    grid->addWidget(m_chosenTitle, 0, 2);
    grid->addWidget(m_filter, 1, 0);
    grid->addWidget(m_all, 2, 0);
    grid->addLayout(buttons, 1, 1, 2, 1);
    grid->addWidget(m_chosen, 1, 2, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectPicker::rebuild);
    connect(m_add, &QPushButton::clicked, this, [this] { moveSelected(m_all, true); });
    connect(m_remove, &QPushButton::clicked, this, [this] { moveSelected(m_chosen, false); });
    connect(m_all, &QListWidget::itemDoubleClicked, this, [this] { moveSelected(m_all, true); });
    connect(m_chosen, &QListWidget::itemDoubleClicked, this, [this] { moveSelected(m_chosen, false); });
    rebuild();
}

void ProjectPicker::setProjects(const QList<Project> &projects)
{
    m_projects = projects;
    setChosenIds(m_chosenIds);
}

void ProjectPicker::setChosenIds(const QStringList &ids)
{
    m_chosenIds.clear();
    for (const Project &p : std::as_const(m_projects))
        if (ids.contains(p.id))
            m_chosenIds.append(p.id);
    rebuild();
    emit changed();
}

QStringList ProjectPicker::chosenIds() const
{
    return m_chosenIds;
}

QStringList ProjectPicker::chosenNames() const
{
    QStringList names;
    for (const Project &p : std::as_const(m_projects))
        if (m_chosenIds.contains(p.id))
            names.append(p.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ProjectPicker::choose(const QString &name)
{
    for (const Project &p : std::as_const(m_projects))
        if (p.name == name && !m_chosenIds.contains(p.id)) {
            m_chosenIds.append(p.id);
            rebuild();
            emit changed();
        }
}

void ProjectPicker::unchoose(const QString &name)
{
    for (const Project &p : std::as_const(m_projects))
        if (p.name == name && m_chosenIds.removeAll(p.id) > 0) {
            rebuild();
            emit changed();
        }
}

QListWidgetItem *ProjectPicker::itemFor(const Project &project) const
{
    auto *item = new QListWidgetItem(project.name);
    item->setData(Qt::UserRole, project.id);
    // The description tells apart projects with similar names; a disabled project still can get access.
    QString tip = project.description.isEmpty() ? project.id : project.description;
    if (!project.enabled) {
        tip = tr("%1 (disabled)").arg(tip);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    item->setToolTip(tip);
    return item;
}

void ProjectPicker::rebuild()
{
    m_all->clear();
    m_chosen->clear();
    const QString filter = m_filter->text().trimmed();
    for (const Project &p : std::as_const(m_projects)) {
        if (m_chosenIds.contains(p.id))
            m_chosen->addItem(itemFor(p));
        // The filter narrows the long list only: what is chosen always stays in view.
        else if (filter.isEmpty() || p.name.contains(filter, Qt::CaseInsensitive))
            m_all->addItem(itemFor(p));
    }
    m_chosenTitle->setText(tr("%1 (%2)").arg(m_chosenTitleText).arg(m_chosenIds.size()));
    updateButtons();
}

void ProjectPicker::moveSelected(QListWidget *from, bool choose)
{
    QStringList ids;
    for (const QListWidgetItem *item : from->selectedItems())
        ids.append(item->data(Qt::UserRole).toString());
    if (ids.isEmpty())
        return;
    for (const QString &id : ids) {
        if (choose && !m_chosenIds.contains(id))
            m_chosenIds.append(id);
        else if (!choose)
            m_chosenIds.removeAll(id);
    }
    rebuild();
    emit changed();
}

void ProjectPicker::updateButtons()
{
    m_add->setEnabled(!m_all->selectedItems().isEmpty());
    m_remove->setEnabled(!m_chosen->selectedItems().isEmpty());
}

} // namespace sd

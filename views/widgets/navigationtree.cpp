#include "navigationtree.h"

#include "icons.h"

#include <QHeaderView>
#include <QTreeWidgetItemIterator>

namespace sd {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kSectionRole = Qt::UserRole + 2;
} // namespace

NavigationTree::NavigationTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("NavigationTree"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setIconSize(QSize(18, 18));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(210);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && !current->data(0, kKeyRole).toString().isEmpty())
            emit panelSelected(current->data(0, kKeyRole).toString());
    });
}

QString NavigationTree::sectionTitle(Section section)
{
    switch (section) {
    case Section::Project:
        return tr("Project");
    case Section::Admin:
        return tr("Admin");
    case Section::Identity:
        return tr("Identity");
    case Section::Settings:
        return tr("Settings");
    }
    return {};
}

QTreeWidgetItem *NavigationTree::sectionItem(Section section)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kSectionRole).toInt() == int(section))
            return topLevelItem(i);

    static const char *const icons[] = {"section-project", "section-admin", "section-identity",
                                        "section-settings"};
    auto *item = new QTreeWidgetItem({sectionTitle(section)});
    item->setData(0, kSectionRole, int(section));
    item->setIcon(0, Icons::get(QLatin1String(icons[int(section)])));
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    // Sections keep Horizon's order whatever order panels are added in.
    int at = 0;
    while (at < topLevelItemCount() && topLevelItem(at)->data(0, kSectionRole).toInt() < int(section))
        ++at;
    insertTopLevelItem(at, item);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *NavigationTree::groupItem(QTreeWidgetItem *section, const QString &group)
{
    for (int i = 0; i < section->childCount(); ++i)
        if (section->child(i)->data(0, kKeyRole).toString().isEmpty() && section->child(i)->text(0) == group)
            return section->child(i);
    auto *item = new QTreeWidgetItem(section, {group});
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, QColor(0x64, 0x74, 0x8b));
    item->setExpanded(true);
    return item;
}

void NavigationTree::addPanel(Section section, const QString &group, const QString &key, const QString &title,
                              const QIcon &icon)
{
    QTreeWidgetItem *parent = sectionItem(section);
    if (!group.isEmpty())
        parent = groupItem(parent, group);
    auto *item = new QTreeWidgetItem(parent, {title});
    item->setIcon(0, icon);
    item->setData(0, kKeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    parent->setExpanded(true);
}

QTreeWidgetItem *NavigationTree::findPanel(const QString &key) const
{
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree *>(this)); *it; ++it)
        if ((*it)->data(0, kKeyRole).toString() == key)
            return *it;
    return nullptr;
}

bool NavigationTree::selectPanel(const QString &key)
{
    QTreeWidgetItem *item = findPanel(key);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

QString NavigationTree::currentPanel() const
{
    return currentItem() ? currentItem()->data(0, kKeyRole).toString() : QString();
}

QStringList NavigationTree::sectionTitles() const
{
    QStringList titles;
    for (int i = 0; i < topLevelItemCount(); ++i)
        titles.append(topLevelItem(i)->text(0));
    return titles;
}

QStringList NavigationTree::panelKeys() const
{
    QStringList keys;
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree *>(this)); *it; ++it)
        if (!(*it)->data(0, kKeyRole).toString().isEmpty())
            keys.append((*it)->data(0, kKeyRole).toString());
    return keys;
}

} // namespace sd

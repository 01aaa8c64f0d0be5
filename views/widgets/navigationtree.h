#pragma once

#include <QTreeWidget>

namespace sd {

// Horizon's side navigation: sections (Project, Admin, Identity, Settings), panel groups (Compute,
// System, ...) and panels. A section or group exists only once a panel is added to it, so the user never
// sees an empty heading.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Section
    {
        Project,
        Admin,
        Identity,
        Settings
    };

    explicit NavigationTree(QWidget *parent = nullptr);

    // group may be empty: the panel then sits directly under its section (Settings › User Settings).
    void addPanel(Section section, const QString &group, const QString &key, const QString &title,
                  const QIcon &icon);
    bool selectPanel(const QString &key);
    QString currentPanel() const;
    // Titles of the sections shown, top to bottom.
    QStringList sectionTitles() const;
    QStringList panelKeys() const;

    static QString sectionTitle(Section section);

Q_SIGNALS:
    void panelSelected(const QString &key);

private:
    QTreeWidgetItem *sectionItem(Section section);
    QTreeWidgetItem *groupItem(QTreeWidgetItem *section, const QString &group);
    QTreeWidgetItem *findPanel(const QString &key) const;
};

} // namespace sd

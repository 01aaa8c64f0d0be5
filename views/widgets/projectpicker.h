#pragma once

#include "identity/identitytypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sd {

// Horizon's project membership widget without roles: every project on the left (with a filter), the
// chosen ones on the right. For a private flavor's access; any list of projects would do.
class ProjectPicker : public QWidget
{
    Q_OBJECT

public:
    ProjectPicker(const QString &allTitle, const QString &chosenTitle, QWidget *parent = nullptr);

    void setProjects(const QList<Project> &projects);
    // Replaces the choice; ids that are not among the projects are ignored.
    void setChosenIds(const QStringList &ids);
    QStringList chosenIds() const;
    QStringList chosenNames() const;
    // Moves the named project to the chosen side (tests, and a double click).
    void choose(const QString &name);
    void unchoose(const QString &name);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *allList() const { return m_all; }
    QListWidget *chosenList() const { return m_chosen; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    QListWidgetItem *itemFor(const Project &project) const;
    void rebuild();
    void moveSelected(QListWidget *from, bool choose);
    void updateButtons();

    QList<Project> m_projects;
    QStringList m_chosenIds;
    QLineEdit *m_filter;
    QListWidget *m_all;
    QListWidget *m_chosen;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_chosenTitle;
    QString m_chosenTitleText;
};

} // namespace sd

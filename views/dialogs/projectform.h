#pragma once

#include "identity/identitytypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

// A project's fields (name, description, enabled), checked as the user types with the engine's own
// name rules, plus the one thing the engine checks inside its transaction: that the name is free.
class ProjectForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectForm(QWidget *parent = nullptr);

    // The names already used; ownName is the project being edited (keeping its name is no clash).
    void setTakenNames(const QStringList &names, const QString &ownName = {});
    ProjectSpec spec() const;
    void setSpec(const ProjectSpec &spec);
    void setReadOnly(bool readOnly);

    // Why the form cannot be submitted, in words for the user; empty when it can.
    QString problem() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLabel *nameError() const { return m_nameError; }

Q_SIGNALS:
    void changed();

private:
    void validate();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_enabled;
    QLabel *m_nameError;
    QStringList m_taken;
    QString m_ownName;
    QString m_problem;
    // An untouched empty name is not shown as an error; the problem still keeps the form from submitting.
    bool m_nameTouched = false;
};

} // namespace sd

#pragma once

#include "compute/flavor.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

// A new flavor's fields as Horizon's "Flavor Information" step has them: name, ID ("auto" for a new
// UUID), vCPUs, RAM, root, ephemeral and swap disk, description. Each field is checked as the user
// types with the engine's own rules, and its problem is shown under it, naming it.
class FlavorForm : public QWidget
{
    Q_OBJECT

public:
    enum Field
    {
        Name,
        Id,
        Vcpus,
        Ram,
        RootDisk,
        EphemeralDisk,
        Swap,
        Description
    };

    explicit FlavorForm(QWidget *parent = nullptr);

    // Names and IDs already used, so a clash shows before Create rather than after.
    void setTaken(const QStringList &names, const QStringList &ids);
    // The sizes, name and description; access is the next step's.
    FlavorSpec spec() const;

    // The first problem in the form's order; empty when it may be sent.
    QString problem() const;
    // The problem shown under a field; empty when there is none or the field is untouched and empty.
    QString shownProblem(Field field) const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QSpinBox *vcpusBox() const { return m_vcpus; }
    QSpinBox *ramBox() const { return m_ram; }
    QSpinBox *rootDiskBox() const { return m_disk; }
    QSpinBox *ephemeralBox() const { return m_ephemeral; }
    QSpinBox *swapBox() const { return m_swap; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void changed();

private:
    QWidget *withError(QWidget *field, Field which, QLabel *note = nullptr);
    QString checkField(Field field) const;
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_id;
    QSpinBox *m_vcpus;
    QSpinBox *m_ram;
    QSpinBox *m_disk;
    QSpinBox *m_ephemeral;
    QSpinBox *m_swap;
    QPlainTextEdit *m_description;
    QLabel *m_ramReadable;
    QLabel *m_swapReadable;
    QMap<Field, QLabel *> m_errors;
    QMap<Field, QString> m_problems;
    QStringList m_takenNames;
    QStringList m_takenIds;
    // An untouched empty name is not shown as an error; it still keeps the form from being sent.
    bool m_nameTouched = false;
};

} // namespace sd

#pragma once

#include "hosts/hostrecord.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sd {

// The fields of a host (name, URI, zone, allocation ratios, reserved resources), checked as the user
// types with the engine's own validators, so the words match what `stackctl host add` would say.
class HostForm : public QWidget
{
    Q_OBJECT

public:
    explicit HostForm(QWidget *parent = nullptr);

    HostSpec spec() const;
    void setSpec(const HostSpec &spec);
    // Editing an existing host: its URI is what identifies the connection and cannot change.
    void setUriEditable(bool editable);

    // The first thing that keeps the form from being submitted, in the engine's words; empty when none.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *uriEdit() const { return m_uri; }
    QLineEdit *zoneEdit() const { return m_zone; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *uriError() const { return m_uriError; }
    QLabel *zoneError() const { return m_zoneError; }

Q_SIGNALS:
    void changed();

private:
    void validate();
    static QLabel *makeErrorLabel(QWidget *parent);
    static void showError(QLabel *label, const QString &message, bool touched);

    QLineEdit *m_name;
    QLineEdit *m_uri;
    QLineEdit *m_zone;
    QDoubleSpinBox *m_cpuRatio;
    QDoubleSpinBox *m_ramRatio;
    QDoubleSpinBox *m_diskRatio;
    QSpinBox *m_reservedMemory;
    QSpinBox *m_reservedDisk;
    QLabel *m_nameError;
    QLabel *m_uriError;
    QLabel *m_zoneError;
    bool m_uriEditable = true;
    // Errors under a field appear once the user has typed there; an untouched empty form is not an error.
    bool m_nameTouched = false;
    bool m_uriTouched = false;
    bool m_zoneTouched = false;
    QString m_problem;
};

} // namespace sd

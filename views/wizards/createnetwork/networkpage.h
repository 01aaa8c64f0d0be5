#pragma once

#include "identity/identitytypes.h"
#include "network/networktypes.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sd {

class FieldWithError;

// The "Network" step of Create Network: Network Name, Enable Admin State, Shared and External Network
// (only for those who may make them), Create Subnet and MTU. Admin › Networks also picks the project
// the network is made for. Unchecking Create Subnet makes this the last step, as in Horizon.
class NetworkPage : public QWizardPage
{
    Q_OBJECT

public:
    struct Options
    {
        bool shared = false;     // offer Shared
        bool external = false;   // offer External Network
        QList<Project> projects; // non-empty: offer a Project choice (admin scope)
        QString currentProjectId;
    };

    NetworkPage(const Options &options, QWidget *parent = nullptr);

    NetworkSpec spec() const;
    bool createSubnet() const;
    // The first problem of this step; empty when it is right.
    QString problem() const;
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;

    QComboBox *projectCombo() const { return m_project; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *adminStateBox() const { return m_adminState; }
    QCheckBox *sharedBox() const { return m_shared; }
    QCheckBox *externalBox() const { return m_external; }
    QCheckBox *createSubnetBox() const { return m_createSubnet; }
    QSpinBox *mtuBox() const { return m_mtu; }

    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    void changed();

private:
    void validate();

    QComboBox *m_project = nullptr;
    QLineEdit *m_name;
    QCheckBox *m_adminState;
    QCheckBox *m_shared = nullptr;
    QCheckBox *m_external = nullptr;
    QCheckBox *m_createSubnet;
    QSpinBox *m_mtu;
    FieldWithError *m_nameRow;
    FieldWithError *m_mtuRow;
    QLabel *m_error;
    QString m_problem;
};

} // namespace sd

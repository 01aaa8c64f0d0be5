#pragma once

#include "subnetcheck.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sd {

class FieldWithError;

// The "Subnet" step of Create Network (and of Create / Edit Subnet): Subnet Name, Network Address,
// IP Version, Gateway IP and Disable Gateway. The wizard checks the fields as they change and hands
// each problem back with setProblems(); Next waits until this step's fields are right.
class SubnetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SubnetPage(QWidget *parent = nullptr);

    // Edit Subnet: the address and IP version are shown but cannot change (as in Neutron).
    void setAddressFixed(bool fixed);
    void load(const Subnet &subnet);
    // Writes this step's fields into input.
    void fill(SubnetInput &input) const;
    // Shows the problems of this step's fields and of the resolved subnet's defaults.
    void setProblems(const SubnetCheck &check);
    // The engine's refusal after Create, below the fields; empty hides it.
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;
    // The problem shown under a field; empty when none is shown.
    QString shownProblem(SubnetField field) const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *cidrEdit() const { return m_cidr; }
    QComboBox *ipVersionCombo() const { return m_version; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QCheckBox *disableGatewayBox() const { return m_noGateway; }

    bool isComplete() const override;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name;
    QLineEdit *m_cidr;
    QComboBox *m_version;
    QLineEdit *m_gateway;
    QCheckBox *m_noGateway;
    FieldWithError *m_nameRow;
    FieldWithError *m_cidrRow;
    FieldWithError *m_versionRow;
    FieldWithError *m_gatewayRow;
    QLabel *m_error;
    bool m_complete = false;
    // An untouched empty address is not shown as an error; it still keeps Next and Create waiting.
    bool m_cidrTouched = false;
};

} // namespace sd

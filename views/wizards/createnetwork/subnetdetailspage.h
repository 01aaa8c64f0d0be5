#pragma once

#include "subnetcheck.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace sd {

class FieldWithError;

// The "Subnet Details" step: Enable DHCP, Allocation Pools (one "start,end" a line, as Horizon), DNS
// Name Servers (one a line) and Host Routes ("destination,nexthop" a line). Empty pools mean the whole
// subnet but the gateway; the field's placeholder shows what that is for the address typed.
class SubnetDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SubnetDetailsPage(QWidget *parent = nullptr);

    void load(const Subnet &subnet);
    void fill(SubnetInput &input) const;
    void setProblems(const SubnetCheck &check);
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;
    QString shownProblem(SubnetField field) const;

    QCheckBox *dhcpBox() const { return m_dhcp; }
    QPlainTextEdit *poolsEdit() const { return m_pools; }
    QPlainTextEdit *dnsEdit() const { return m_dns; }
    QPlainTextEdit *routesEdit() const { return m_routes; }

    bool isComplete() const override;

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_dhcp;
    QPlainTextEdit *m_pools;
    QPlainTextEdit *m_dns;
    QPlainTextEdit *m_routes;
    FieldWithError *m_poolsRow;
    FieldWithError *m_dnsRow;
    FieldWithError *m_routesRow;
    QLabel *m_error;
    bool m_complete = true;
};

} // namespace sd

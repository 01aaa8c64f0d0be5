#pragma once

#include "launchpage.h"
#include "launchquota.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

class UsageDonut;

// Launch Instance, step 1 "Details": the project (read-only), Instance Name*, Description, Availability
// Zone (Any, or a zone of the hosts) and Count*, capped by what the instances quota leaves, with
// Horizon's Total Instances donut (Used / Added / Remaining).
class DetailsPage : public LaunchPage
{
    Q_OBJECT

public:
    DetailsPage(const QString &projectName, const QStringList &zones, const LaunchQuota &quota,
                QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *zoneCombo() const { return m_zone; }
    QSpinBox *countBox() const { return m_count; }
    UsageDonut *donut() const { return m_donut; }
    QString donutCaption() const;
    int count() const;

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    void showUsage();

    LaunchQuota m_quota;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_zone;
    QSpinBox *m_count;
    UsageDonut *m_donut;
    QLabel *m_usage;
};

} // namespace sd

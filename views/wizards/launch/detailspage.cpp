#include "detailspage.h"

#include "widgets/usagedonut.h"

#include "compute/instance/instanceservice.h"
#include "core/namecheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace sd {

namespace {
// The engine's own ceiling for one request (InstanceService's kMaxCount).
constexpr int kMaxCount = 1000;
} // namespace

DetailsPage::DetailsPage(const QString &projectName, const QStringList &zones, const LaunchQuota &quota,
                         QWidget *parent)
    : LaunchPage(
          tr("Details"),
          tr("Please provide the initial hostname for the instance, the availability zone where it will "
             "be deployed, and the instance count. Increase the Count to create multiple instances "
             "with the same settings."),
          parent),
      m_quota(quota), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_zone(new QComboBox(this)), m_count(new QSpinBox(this)),
      m_donut(new UsageDonut(tr("Total Instances"), this)), m_usage(new QLabel(this))
{
    setObjectName(QStringLiteral("DetailsPage"));
    m_name->setObjectName(QStringLiteral("InstanceNameEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_zone->setObjectName(QStringLiteral("ZoneCombo"));
    m_zone->addItem(tr("Any Availability Zone"), QString());
    for (const QString &zone : zones)
        m_zone->addItem(zone, zone);
    m_count->setObjectName(QStringLiteral("CountBox"));
    // Not capped by the spin box: a count over the quota is said, not silently clamped.
    m_count->setRange(1, kMaxCount);
    m_usage->setObjectName(QStringLiteral("InstanceUsageLabel"));

    auto *project = new QLabel(projectName, this);
    project->setObjectName(QStringLiteral("ProjectLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("Project Name"), project);
    form->addRow(tr("Instance Name *"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Availability Zone"), m_zone);
    form->addRow(tr("Count *"), m_count);
    auto *side = new QVBoxLayout;
    side->addWidget(m_donut);
    side->addWidget(m_usage);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(form, 3);
    row->addLayout(side, 1);
    content()->addLayout(row);
    content()->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &DetailsPage::update);
    connect(m_description, &QPlainTextEdit::textChanged, this, &DetailsPage::update);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &DetailsPage::update);
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        showUsage();
        update();
    });
    showUsage();
    update();
}

int DetailsPage::count() const
{
    return m_count->value();
}

void DetailsPage::showUsage()
{
    const LaunchQuota::Line &q = m_quota.instances;
    const qint64 added = count();
    if (q.limit < 0) {
        m_donut->setUsage(0, 0, QString::number(q.used + added), tr("unlimited"));
        m_usage->setText(tr("Used %1, Added %2, Remaining: unlimited").arg(q.used).arg(added));
        return;
    }
    m_donut->setUsage(double(q.used + added), double(q.limit), QString::number(q.used + added),
                      QString::number(q.limit));
    const qint64 left = q.limit - q.used - added;
    // Over the quota is said in numbers, not only by a full red ring.
    m_usage->setText(left >= 0 ? tr("Used %1, Added %2, Remaining %3").arg(q.used).arg(added).arg(left)
                               : tr("Used %1, Added %2: %3 over the quota of %4")
                                     .arg(q.used)
                                     .arg(added)
                                     .arg(-left)
                                     .arg(q.limit));
}

QString DetailsPage::donutCaption() const
{
    return m_usage->text();
}

QString DetailsPage::problem() const
{
    if (auto name = InstanceService::validateName(m_name->text().trimmed()); !name)
        return name.error().message;
    if (auto description = checkedText(tr("Description"), m_description->toPlainText()); !description)
        return description.error().message;
    const qint64 remaining = m_quota.instances.remaining();
    if (remaining >= 0 && count() > remaining)
        return tr("The instance count must not exceed your quota available of %1 instances").arg(remaining);
    return {};
}

void DetailsPage::contribute(LaunchSpec &spec) const
{
    spec.name = m_name->text().trimmed();
    spec.description = m_description->toPlainText();
    spec.availabilityZone = m_zone->currentData().toString();
    spec.minCount = count();
    spec.maxCount = count();
}

} // namespace sd

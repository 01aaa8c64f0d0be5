#include "resizeinstancedialog.h"

#include "units.h"
#include "wizards/launch/launchquota.h"

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "engine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

namespace {
QString flavorSummary(int vcpus, qint64 ramMb, qint64 diskGb, qint64 ephemeralGb)
{
    return ResizeInstanceDialog::tr("%n vCPU(s), %1 RAM, %2 root disk, %3 ephemeral", nullptr, vcpus)
        .arg(Units::megabytes(ramMb), Units::gigabytes(diskGb), Units::gigabytes(ephemeralGb));
}

QString limitLine(const QString &what, const LaunchQuota::Line &line, qint64 delta, const QString &unit)
{
    const QString after = QString::number(line.used + delta) + unit;
    if (line.limit < 0)
        return ResizeInstanceDialog::tr("%1: %2 used after the resize (no limit)").arg(what, after);
    return ResizeInstanceDialog::tr("%1: %2 of %3%4 used after the resize").arg(what, after).arg(line.limit).arg(unit);
}
} // namespace

ResizeInstanceDialog::ResizeInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                           QWidget *parent)
    : FormDialog(tr("Resize Instance %1").arg(instance.name), tr("Resize"), parent), m_engine(engine), m_ctx(ctx),
      m_instance(instance), m_flavor(new QComboBox(this)), m_details(new QLabel(this)), m_limits(new QLabel(this))
{
    setObjectName(QStringLiteral("ResizeInstanceDialog"));
    setIntro(tr("The instance moves to the new flavor: it is shut down, may move to another host, and boots "
                "with the new vCPUs and RAM; its root disk grows if the flavor's is larger. Then it waits in "
                "VERIFY_RESIZE until you confirm the resize or revert it."));
    if (auto flavors = engine.flavors().list(ctx))
        m_flavors = *flavors;
    std::sort(m_flavors.begin(), m_flavors.end(), [](const Flavor &a, const Flavor &b) {
        return std::tie(a.vcpus, a.ramMb, a.name) < std::tie(b.vcpus, b.ramMb, b.name);
    });
    auto *old = new QLabel(tr("%1 (%2)").arg(instance.flavor.name,
                                             flavorSummary(instance.flavor.vcpus, instance.flavor.ramMb,
                                                           instance.flavor.diskGb, instance.flavor.ephemeralGb)),
                           this);
    old->setObjectName(QStringLiteral("OldFlavorLabel"));
    form()->addRow(tr("Old Flavor"), old);
    m_flavor->setObjectName(QStringLiteral("NewFlavorCombo"));
    for (const Flavor &f : m_flavors)
        if (f.id != instance.flavor.id)
            m_flavor->addItem(f.name, f.id);
    form()->addRow(tr("New Flavor *"), m_flavor);
    m_details->setObjectName(QStringLiteral("FlavorDetailsLabel"));
    m_details->setWordWrap(true);
    form()->addRow(tr("Flavor Details"), m_details);
    m_limits->setObjectName(QStringLiteral("ProjectLimitsLabel"));
    m_limits->setWordWrap(true);
    form()->addRow(tr("Project Limits"), m_limits);
    connect(m_flavor, &QComboBox::currentIndexChanged, this, [this] {
        showDetails();
        updateOk();
    });
    showDetails();
    updateOk();
}

const Flavor *ResizeInstanceDialog::chosen() const
{
    const QString id = m_flavor->currentData().toString();
    for (const Flavor &f : m_flavors)
        if (f.id == id)
            return &f;
    return nullptr;
}

void ResizeInstanceDialog::showDetails()
{
    const Flavor *f = chosen();
    m_details->setText(f ? flavorSummary(f->vcpus, f->ramMb, f->diskGb, f->ephemeralGb) : QString());
    if (!f) {
        m_limits->clear();
        return;
    }
    // The quota is read for the instance's project, which an admin may not be scoped to.
    RequestContext projectCtx = m_ctx;
    projectCtx.projectId = m_instance.projectId;
    projectCtx.projectName = m_instance.projectName;
    const LaunchQuota quota = LaunchQuota::read(m_engine, projectCtx);
    m_limits->setText(limitLine(tr("vCPUs"), quota.cores, f->vcpus - m_instance.flavor.vcpus, QString()) + QLatin1Char('\n')
                      + limitLine(tr("RAM"), quota.ram, f->ramMb - m_instance.flavor.ramMb, tr(" MB")));
}

QString ResizeInstanceDialog::problem() const
{
    const Flavor *f = chosen();
    if (!f)
        return tr("New Flavor: there is no other flavor to resize to");
    if (f->diskGb < m_instance.flavor.diskGb)
        return tr("Flavor %1 has a %2 GB root disk, smaller than the instance's %3 GB: a disk cannot shrink")
            .arg(f->name).arg(f->diskGb).arg(m_instance.flavor.diskGb);
    return {};
}

bool ResizeInstanceDialog::submit()
{
    auto result = m_engine.instances().resize(m_ctx.withNewRequestId(), m_instance.id, m_flavor->currentData().toString());
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

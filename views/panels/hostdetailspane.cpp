#include "hostdetailspane.h"

#include "icons.h"
#include "models/hostmodel.h"
#include "units.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
struct CapabilityRow
{
    bool HostCapabilities::*flag;
    const char *text;
};
// The order an administrator thinks in: what instances can do, then how consoles reach them.
const CapabilityRow kCapabilities[] = {
    {&HostCapabilities::hotplug, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Device hotplug")},
    {&HostCapabilities::migration, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Migration")},
    {&HostCapabilities::nwfilter,
     QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Network filters (security groups)")},
    {&HostCapabilities::vnc, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "VNC console")},
    {&HostCapabilities::spice, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "SPICE console")},
    {&HostCapabilities::fdPassing, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Console fd passing")},
    {&HostCapabilities::console, QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Serial console")},
    {&HostCapabilities::floatingIpNat,
     QT_TRANSLATE_NOOP("sd::HostDetailsPane", "Floating IP NAT (nftables)")},
};
} // namespace

HostDetailsPane::HostDetailsPane(QWidget *parent)
    : QFrame(parent), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("DetailsPane"));
    setAttribute(Qt::WA_StyledBackground);

    auto *empty = new QLabel(tr("Select a host to see its details."), m_stack);
    empty->setObjectName(QStringLiteral("HintLabel"));
    empty->setAlignment(Qt::AlignCenter);

    auto *page = new QWidget;
    m_title->setObjectName(QStringLiteral("SectionTitle"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(5);
    form->setLabelAlignment(Qt::AlignRight);
    m_uri = addField(form, tr("URI"));
    m_kind = addField(form, tr("Kind"));
    m_cpuModel = addField(form, tr("CPU model"));
    m_libvirt = addField(form, tr("libvirt version"));
    m_hypervisor = addField(form, tr("Hypervisor"));
    m_ratios = addField(form, tr("Allocation ratios"));
    m_reserved = addField(form, tr("Reserved"));
    m_since = addField(form, tr("State since"));
    m_lastError = addField(form, tr("Last error"));
    m_foreign = addField(form, tr("Foreign domains"));
    m_foreign->setObjectName(QStringLiteral("ForeignDomainsLabel"));
    m_foreign->setToolTip(tr("Domains on the host that StackDesk did not make: listed, never touched"));

    auto *capsTitle = new QLabel(tr("Capabilities"), page);
    capsTitle->setObjectName(QStringLiteral("SectionTitle"));
    auto *caps = new QGridLayout;
    caps->setHorizontalSpacing(8);
    caps->setVerticalSpacing(5);
    caps->addWidget(capsTitle, 0, 0, 1, 2);
    int row = 1;
    for (const CapabilityRow &c : kCapabilities) {
        auto *icon = new QLabel(page);
        auto *text = new QLabel(tr(c.text), page);
        caps->addWidget(icon, row, 0);
        caps->addWidget(text, row, 1);
        m_capabilityRows.append(std::pair<QLabel *, QLabel *>(icon, text));
        ++row;
    }
    caps->setRowStretch(row, 1);
    caps->setColumnStretch(1, 1);

    m_note->setObjectName(QStringLiteral("HintLabel"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Simulated host: actions the test driver lacks are simulated by StackDesk"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(form, 3);
    columns->addLayout(caps, 2);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(14, 10, 14, 10);
    pageLayout->addWidget(m_title);
    pageLayout->addLayout(columns);
    pageLayout->addWidget(m_note);
    pageLayout->addStretch(1);

    // Scrolls rather than forcing its full height on the window: small screens still fit the table.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(80);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setHost(std::nullopt);
}

QLabel *HostDetailsPane::addField(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QString HostDetailsPane::simulatedNote() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void HostDetailsPane::setHost(const std::optional<HostInfo> &host)
{
    m_stack->setCurrentIndex(host ? 1 : 0);
    m_capabilityState.clear();
    if (!host)
        return;
    const HostRecord &r = host->record;
    const HostFacts &f = host->facts;
    const QString unknown = tr("unknown");
    m_title->setText(r.name);
    m_uri->setText(r.uri);
    m_kind->setText(HostModel::kindText(host->kind));
    m_cpuModel->setText(f.cpuModel.isEmpty() ? unknown : f.cpuModel);
    m_libvirt->setText(f.libvirtVersion ? formatLibvirtVersion(f.libvirtVersion) : unknown);
    m_hypervisor->setText(
        f.hypervisorType.isEmpty()
            ? unknown
            : QStringLiteral("%1 %2").arg(f.hypervisorType, formatLibvirtVersion(f.hypervisorVersion)));
    const QLocale locale;
    m_ratios->setText(tr("CPU %1 · RAM %2 · Disk %3")
                          .arg(locale.toString(r.cpuAllocationRatio, 'f', 1),
                               locale.toString(r.ramAllocationRatio, 'f', 1),
                               locale.toString(r.diskAllocationRatio, 'f', 1)));
    m_reserved->setText(
        tr("%1 RAM · %2 disk")
            .arg(Units::megabytes(r.reservedHostMemoryMb), Units::megabytes(r.reservedHostDiskMb)));
    m_since->setText(host->stateSince.isValid()
                         ? tr("%1 since %2")
                               .arg(HostModel::stateText(host->state),
                                    locale.toString(host->stateSince.toLocalTime(), QLocale::ShortFormat))
                         : HostModel::stateText(host->state));
    m_lastError->setText(host->lastError.isEmpty() ? tr("none") : host->lastError);
    QStringList foreign;
    for (const DomainSummary &d : f.domains)
        if (!d.ownedByStackDesk)
            foreign << (d.running ? tr("%1 (running)").arg(d.name) : d.name);
    m_foreign->setText(foreign.isEmpty() ? tr("none") : foreign.join(QStringLiteral(", ")));

    for (int i = 0; i < m_capabilityRows.size(); ++i) {
        const bool has = f.capabilities.*kCapabilities[i].flag;
        m_capabilityRows[i].first->setPixmap(
            Icons::get(has ? QStringLiteral("check") : QStringLiteral("cross")).pixmap(16, 16));
        // Where StackDesk cannot NAT floating IPs, the engine knows why (simulated, remote, no nft).
        const bool why =
            !has && kCapabilities[i].flag == &HostCapabilities::floatingIpNat && !f.natProblem.isEmpty();
        m_capabilityRows[i].first->setToolTip(has   ? tr("supported")
                                              : why ? tr("not supported: %1").arg(f.natProblem)
                                                    : tr("not supported"));
        m_capabilityState.append(std::pair<QString, bool>(m_capabilityRows[i].second->text(), has));
    }
    m_note->setVisible(host->kind == HostKind::Simulated);
}

} // namespace sd

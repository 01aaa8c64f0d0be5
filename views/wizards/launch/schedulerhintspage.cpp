#include "schedulerhintspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sd {

SchedulerHintsPage::SchedulerHintsPage(const QList<HostInfo> &hosts, QWidget *parent)
    : LaunchPage(tr("Scheduler Hints"),
                 tr("Scheduler hints steer where the instance is placed. StackDesk's scheduler knows one "
                    "hint, the server group, which is set on the Server Groups step; it filters hosts by "
                    "availability zone, capacity and image properties by itself."),
                 parent)
{
    setObjectName(QStringLiteral("SchedulerHintsPage"));
    if (hosts.isEmpty()) {
        auto *note = new QLabel(tr("There is nothing more to set here."), this);
        content()->addWidget(note);
        content()->addStretch(1);
        return;
    }
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("HostCombo"));
    m_host->addItem(tr("Automatically (the scheduler chooses)"), QString());
    for (const HostInfo &h : hosts)
        m_host->addItem(
            tr("%1 (zone %2, %3)").arg(h.record.name, h.record.availabilityZone, hostStateName(h.state)),
            h.record.name);
    auto *form = new QFormLayout;
    form->addRow(tr("Host (administrators)"), m_host);
    content()->addLayout(form);
    auto *note =
        new QLabel(tr("A chosen host still has to pass the capacity checks; the launch is refused with "
                      "the reason if it does not."),
                   this);
    note->setWordWrap(true);
    content()->addWidget(note);
    content()->addStretch(1);
}

void SchedulerHintsPage::contribute(LaunchSpec &spec) const
{
    spec.host = m_host ? m_host->currentData().toString() : QString();
}

} // namespace sd

#include "edithostdialog.h"

#include "dialogfit.h"
#include "hostform.h"

#include "engine.h"
#include "hosts/hostmanager.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

EditHostDialog::EditHostDialog(Engine &engine, const RequestContext &ctx, const HostInfo &host,
                               QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_record(host.record), m_form(new HostForm(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("EditHostDialog"));
    setWindowTitle(tr("Edit Host %1").arg(host.record.name));
    setMinimumWidth(620);

    m_form->setSpec(specOf(m_record));
    m_form->setUriEditable(false);
    okButton()->setText(tr("Save"));

    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditHostDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditHostDialog::reject);
    connect(m_form, &HostForm::changed, this, [this] {
        okButton()->setEnabled(m_form->problem().isEmpty());
        okButton()->setToolTip(m_form->problem());
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    });
}

QPushButton *EditHostDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EditHostDialog::submit()
{
    const HostSpec s = m_form->spec();
    HostUpdate change;
    if (s.name != m_record.name)
        change.name = s.name;
    if (s.availabilityZone != m_record.availabilityZone)
        change.availabilityZone = s.availabilityZone;
    if (!qFuzzyCompare(s.cpuAllocationRatio, m_record.cpuAllocationRatio))
        change.cpuAllocationRatio = s.cpuAllocationRatio;
    if (!qFuzzyCompare(s.ramAllocationRatio, m_record.ramAllocationRatio))
        change.ramAllocationRatio = s.ramAllocationRatio;
    if (!qFuzzyCompare(s.diskAllocationRatio, m_record.diskAllocationRatio))
        change.diskAllocationRatio = s.diskAllocationRatio;
    if (s.reservedHostMemoryMb != m_record.reservedHostMemoryMb)
        change.reservedHostMemoryMb = s.reservedHostMemoryMb;
    if (s.reservedHostDiskMb != m_record.reservedHostDiskMb)
        change.reservedHostDiskMb = s.reservedHostDiskMb;

    auto result = m_engine.hosts().update(m_ctx.withNewRequestId(), m_record.id, change);
    if (!result) {
        m_error->setText(result.error().message);
        m_error->setToolTip(result.error().details);
        m_error->setVisible(true);
        growToFit(this);
        return;
    }
    accept();
}

} // namespace sd

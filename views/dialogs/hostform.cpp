#include "hostform.h"

#include "hosts/hostmanager.h"
#include "hosts/hosturi.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

namespace {
QDoubleSpinBox *ratioBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    // The engine accepts more than 0 and at most 1000.
    box->setRange(0.01, 1000.0);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setValue(value);
    return box;
}

QSpinBox *megabytesBox(qint64 value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 64 * 1024 * 1024);
    box->setSingleStep(256);
    box->setSuffix(QCoreApplication::translate("sd::HostForm", " MB"));
    box->setValue(int(value));
    return box;
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

HostForm::HostForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_uri(new QLineEdit(this)), m_zone(new QLineEdit(this)),
      m_cpuRatio(ratioBox(16.0, this)), m_ramRatio(ratioBox(1.5, this)), m_diskRatio(ratioBox(1.0, this)),
      m_reservedMemory(megabytesBox(512, this)), m_reservedDisk(megabytesBox(0, this)),
      m_nameError(makeErrorLabel(this)), m_uriError(makeErrorLabel(this)), m_zoneError(makeErrorLabel(this))
{
    m_name->setObjectName(QStringLiteral("NameEdit"));
    m_name->setPlaceholderText(tr("e.g. compute-4"));
    m_uri->setObjectName(QStringLiteral("UriEdit"));
    m_uri->setPlaceholderText(tr("qemu:///system, qemu+ssh://user@host/system or test:///default"));
    m_uri->setToolTip(tr("The libvirt connection URI of the host:\n"
                         "  qemu:///system — this machine\n"
                         "  qemu+ssh://user@host/system — another machine over SSH\n"
                         "  qemu+tls://host/system — another machine over TLS\n"
                         "  test:///default — a simulated host inside StackDesk"));
    m_zone->setObjectName(QStringLiteral("ZoneEdit"));
    m_zone->setText(QStringLiteral("nova"));
    m_cpuRatio->setToolTip(tr("Virtual CPUs scheduled per physical CPU (Nova's default: 16)"));
    m_ramRatio->setToolTip(tr("Virtual RAM scheduled per unit of physical RAM (Nova's default: 1.5)"));
    m_diskRatio->setToolTip(tr("Virtual disk scheduled per unit of local storage (Nova's default: 1.0)"));
    m_reservedMemory->setToolTip(tr("RAM kept for the host itself; never given to instances"));
    m_reservedDisk->setToolTip(tr("Local storage kept for the host itself; never given to instances"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Name *"), withError(m_name, m_nameError, this));
    form->addRow(tr("URI *"), withError(m_uri, m_uriError, this));
    form->addRow(tr("Availability Zone *"), withError(m_zone, m_zoneError, this));
    form->addRow(tr("CPU allocation ratio"), m_cpuRatio);
    form->addRow(tr("RAM allocation ratio"), m_ramRatio);
    form->addRow(tr("Disk allocation ratio"), m_diskRatio);
    form->addRow(tr("Reserved host memory"), m_reservedMemory);
    form->addRow(tr("Reserved host disk"), m_reservedDisk);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_uri, &QLineEdit::textEdited, this, [this] { m_uriTouched = true; });
    connect(m_zone, &QLineEdit::textEdited, this, [this] { m_zoneTouched = true; });
    for (QLineEdit *edit : {m_name, m_uri, m_zone})
        connect(edit, &QLineEdit::textChanged, this, &HostForm::validate);
    for (QDoubleSpinBox *box : {m_cpuRatio, m_ramRatio, m_diskRatio})
        connect(box, &QDoubleSpinBox::valueChanged, this, &HostForm::validate);
    for (QSpinBox *box : {m_reservedMemory, m_reservedDisk})
        connect(box, &QSpinBox::valueChanged, this, &HostForm::validate);
    validate();
}

QLabel *HostForm::makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("FieldError"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void HostForm::showError(QLabel *label, const QString &message, bool touched)
{
    label->setText(message);
    label->setVisible(touched && !message.isEmpty());
}

HostSpec HostForm::spec() const
{
    HostSpec spec;
    spec.name = m_name->text().trimmed();
    spec.uri = m_uri->text().trimmed();
    spec.availabilityZone = m_zone->text().trimmed();
    spec.cpuAllocationRatio = m_cpuRatio->value();
    spec.ramAllocationRatio = m_ramRatio->value();
    spec.diskAllocationRatio = m_diskRatio->value();
    spec.reservedHostMemoryMb = m_reservedMemory->value();
    spec.reservedHostDiskMb = m_reservedDisk->value();
    return spec;
}

void HostForm::setSpec(const HostSpec &spec)
{
    m_name->setText(spec.name);
    m_uri->setText(spec.uri);
    m_zone->setText(spec.availabilityZone);
    m_cpuRatio->setValue(spec.cpuAllocationRatio);
    m_ramRatio->setValue(spec.ramAllocationRatio);
    m_diskRatio->setValue(spec.diskAllocationRatio);
    m_reservedMemory->setValue(int(spec.reservedHostMemoryMb));
    m_reservedDisk->setValue(int(spec.reservedHostDiskMb));
}

void HostForm::setUriEditable(bool editable)
{
    m_uriEditable = editable;
    m_uri->setReadOnly(!editable);
    validate();
}

QString HostForm::problem() const
{
    return m_problem;
}

void HostForm::validate()
{
    const HostSpec s = spec();
    const Result<void> name = HostManager::validateName(s.name);
    const Result<void> zone = HostManager::validateAvailabilityZone(s.availabilityZone);
    QString uriMessage;
    if (m_uriEditable) {
        if (auto uri = HostUri::parse(s.uri); !uri)
            uriMessage = uri.error().message;
    }
    showError(m_nameError, name ? QString() : name.error().message, m_nameTouched);
    showError(m_uriError, uriMessage, m_uriTouched);
    showError(m_zoneError, zone ? QString() : zone.error().message, m_zoneTouched);

    // Ratios and reserved sizes are bounded by their spin boxes; the names and the URI are what can be wrong.
    if (!name)
        m_problem = name.error().message;
    else if (!uriMessage.isEmpty())
        m_problem = uriMessage;
    else if (!zone)
        m_problem = zone.error().message;
    else
        m_problem.clear();
    emit changed();
}

} // namespace sd

#include "flavorform.h"

#include "units.h"

#include "compute/flavorservice.h"
#include "core/namecheck.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

namespace {
// The spin boxes reach 0 below every minimum, so a value the engine refuses is shown with the engine's
// reason instead of being silently clamped; the top is the engine's own maximum.
QSpinBox *sizeBox(QWidget *parent, int maximum, int value, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    box->setMinimumWidth(140);
    return box;
}

const QString kAutoId = QStringLiteral("auto");
} // namespace

FlavorForm::FlavorForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_id(new QLineEdit(kAutoId, this)),
      m_vcpus(sizeBox(this, 4096, 1, QString(), QStringLiteral("FlavorVcpusBox"))),
      m_ram(sizeBox(this, 16 * 1024 * 1024, 512, tr(" MB"), QStringLiteral("FlavorRamBox"))),
      m_disk(sizeBox(this, 1024 * 1024, 1, tr(" GB"), QStringLiteral("FlavorRootDiskBox"))),
      m_ephemeral(sizeBox(this, 1024 * 1024, 0, tr(" GB"), QStringLiteral("FlavorEphemeralBox"))),
      m_swap(sizeBox(this, 1024 * 1024, 0, tr(" MB"), QStringLiteral("FlavorSwapBox"))),
      m_description(new QPlainTextEdit(this)), m_ramReadable(new QLabel(this)),
      m_swapReadable(new QLabel(this))
{
    setObjectName(QStringLiteral("FlavorForm"));
    m_name->setObjectName(QStringLiteral("FlavorNameEdit"));
    m_name->setPlaceholderText(tr("e.g. m1.small"));
    m_id->setObjectName(QStringLiteral("FlavorIdEdit"));
    m_id->setToolTip(tr("Leave \"auto\" for a generated UUID, or give letters, digits, '.', '-' and '_'"));
    m_description->setObjectName(QStringLiteral("FlavorDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_disk->setToolTip(tr("The disk the instance boots from, made from its image"));
    m_ephemeral->setToolTip(tr("A second, empty disk that lives and dies with the instance"));
    m_swap->setToolTip(tr("A swap disk for the instance; 0 for none"));
    for (QLabel *readable : {m_ramReadable, m_swapReadable})
        readable->setObjectName(QStringLiteral("HintLabel"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(6);
    form->addRow(tr("Name *"), withError(m_name, Name));
    form->addRow(tr("ID"), withError(m_id, Id));
    form->addRow(tr("VCPUs *"), withError(m_vcpus, Vcpus));
    form->addRow(tr("RAM (MB) *"), withError(m_ram, Ram, m_ramReadable));
    form->addRow(tr("Root Disk (GB) *"), withError(m_disk, RootDisk));
    form->addRow(tr("Ephemeral Disk (GB)"), withError(m_ephemeral, EphemeralDisk));
    form->addRow(tr("Swap Disk (MB)"), withError(m_swap, Swap, m_swapReadable));
    form->addRow(tr("Description"), withError(m_description, Description));

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    for (QLineEdit *edit : {m_name, m_id})
        connect(edit, &QLineEdit::textChanged, this, &FlavorForm::validate);
    for (QSpinBox *box : {m_vcpus, m_ram, m_disk, m_ephemeral, m_swap})
        connect(box, &QSpinBox::valueChanged, this, &FlavorForm::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &FlavorForm::validate);
    validate();
}

QWidget *FlavorForm::withError(QWidget *field, Field which, QLabel *note)
{
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("FieldError"));
    error->setWordWrap(true);
    error->setVisible(false);
    m_errors.insert(which, error);

    auto *box = new QWidget(this);
    // The box takes the form's width, so the error under a narrow spin box has room for its sentence.
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    // The size in words beside the number, so 16384 MB is seen to be 16 GB.
    if (note)
        row->addWidget(note);
    if (!(field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag))
        row->addStretch(1);
    column->addLayout(row);
    column->addWidget(error);
    return box;
}

void FlavorForm::setTaken(const QStringList &names, const QStringList &ids)
{
    m_takenNames = names;
    m_takenIds = ids;
    validate();
}

FlavorSpec FlavorForm::spec() const
{
    FlavorSpec s;
    s.name = m_name->text().trimmed();
    const QString id = m_id->text().trimmed();
    s.id = id.compare(kAutoId, Qt::CaseInsensitive) == 0 ? QString() : id;
    s.description = m_description->toPlainText();
    s.vcpus = m_vcpus->value();
    s.ramMb = m_ram->value();
    s.diskGb = m_disk->value();
    s.ephemeralGb = m_ephemeral->value();
    s.swapMb = m_swap->value();
    return s;
}

QString FlavorForm::checkField(Field field) const
{
    const FlavorSpec mine = spec();
    // The engine's rules, one field at a time: a spec valid in every other field, with this one field
    // taken from the form, fails only for this field, in the engine's words.
    FlavorSpec probe;
    probe.name = QStringLiteral("probe");
    switch (field) {
    case Name:
        if (auto n = checkedName(tr("Flavor name"), m_name->text()); !n)
            return n.error().message;
        if (m_takenNames.contains(mine.name))
            return tr("Flavor name '%1' is already used; choose another name").arg(mine.name);
        return {};
    case Id:
        if (m_id->text().trimmed().isEmpty())
            return tr("Flavor ID: empty; type \"auto\" for a generated UUID");
        if (m_takenIds.contains(mine.id))
            return tr("Flavor ID '%1' is already used").arg(mine.id);
        probe.id = mine.id;
        break;
    case Vcpus:
        probe.vcpus = mine.vcpus;
        break;
    case Ram:
        probe.ramMb = mine.ramMb;
        break;
    case RootDisk:
        probe.diskGb = mine.diskGb;
        break;
    case EphemeralDisk:
        probe.ephemeralGb = mine.ephemeralGb;
        break;
    case Swap:
        probe.swapMb = mine.swapMb;
        break;
    case Description: {
        auto text = checkedText(tr("Flavor description"), mine.description);
        return text ? QString() : text.error().message;
    }
    }
    auto checked = FlavorService::validate(probe);
    return checked ? QString() : checked.error().message;
}

void FlavorForm::validate()
{
    m_ramReadable->setText(m_ram->value() >= 1024 ? Units::megabytes(m_ram->value()) : QString());
    m_swapReadable->setText(m_swap->value() >= 1024 ? Units::megabytes(m_swap->value()) : QString());
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString problem = checkField(it.key());
        m_problems.insert(it.key(), problem);
        const bool quiet = it.key() == Name && !m_nameTouched && m_name->text().isEmpty();
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty() && !quiet);
    }
    emit changed();
}

QString FlavorForm::problem() const
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        if (!it.value().isEmpty())
            return it.value();
    return {};
}

QString FlavorForm::shownProblem(Field field) const
{
    QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace sd

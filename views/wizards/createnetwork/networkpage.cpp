#include "networkpage.h"

#include "fieldwitherror.h"

#include "core/namecheck.h"
#include "network/networkservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizard>

namespace sd {

NetworkPage::NetworkPage(const Options &options, QWidget *parent)
    : QWizardPage(parent), m_name(new QLineEdit(this)),
      m_adminState(new QCheckBox(tr("Enable Admin State"), this)),
      m_createSubnet(new QCheckBox(tr("Create Subnet"), this)), m_mtu(new QSpinBox(this)),
      m_nameRow(new FieldWithError(m_name, this)),
      m_mtuRow(new FieldWithError(
          m_mtu, this, tr("The largest packet the network carries, in bytes; 1500 for Ethernet."))),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("NetworkPage"));
    setTitle(tr("Network"));
    setSubTitle(tr("Create a new network. In addition, a subnet associated with the network can be created "
                   "in the following steps of this wizard."));
    m_name->setObjectName(QStringLiteral("NetworkNameEdit"));
    m_name->setPlaceholderText(tr("e.g. web-tier"));
    m_adminState->setObjectName(QStringLiteral("AdminStateBox"));
    m_adminState->setChecked(true);
    m_adminState->setToolTip(tr("A network whose admin state is down carries no traffic"));
    m_createSubnet->setObjectName(QStringLiteral("CreateSubnetBox"));
    m_createSubnet->setChecked(true);
    m_createSubnet->setToolTip(tr("Without a subnet, instances on the network get no address"));
    m_mtu->setObjectName(QStringLiteral("MtuBox"));
    // Wider than the engine allows, so a refused value is shown with the engine's reason, not clamped.
    m_mtu->setRange(0, 65535);
    m_mtu->setValue(1500);
    m_mtu->setSuffix(tr(" bytes"));
    m_mtu->setMinimumWidth(140);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    if (!options.projects.isEmpty()) {
        m_project = new QComboBox(this);
        m_project->setObjectName(QStringLiteral("NetworkProjectCombo"));
        for (const Project &project : options.projects)
            m_project->addItem(project.name, project.id);
        m_project->setCurrentIndex(qMax(0, m_project->findData(options.currentProjectId)));
        m_project->setToolTip(tr("The project that owns the network"));
        form->addRow(tr("Project *"), m_project);
    }
    form->addRow(tr("Network Name"), m_nameRow);
    form->addRow(QString(), m_adminState);
    // Horizon hides what the policy forbids: members never see these two.
    if (options.shared) {
        m_shared = new QCheckBox(tr("Shared"), this);
        m_shared->setObjectName(QStringLiteral("SharedBox"));
        m_shared->setToolTip(tr("Every project may attach instances to a shared network"));
        form->addRow(QString(), m_shared);
    }
    if (options.external) {
        m_external = new QCheckBox(tr("External Network"), this);
        m_external->setObjectName(QStringLiteral("ExternalBox"));
        m_external->setToolTip(tr("Routers take their gateway, and floating IPs their addresses, from an "
                                  "external network; it is NAT-forwarded to the hosts' uplink"));
        form->addRow(QString(), m_external);
    }
    form->addRow(QString(), m_createSubnet);
    form->addRow(tr("MTU"), m_mtuRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);

    connect(m_name, &QLineEdit::textChanged, this, &NetworkPage::validate);
    connect(m_mtu, &QSpinBox::valueChanged, this, &NetworkPage::validate);
    for (QCheckBox *box : {m_adminState, m_shared, m_external})
        if (box)
            connect(box, &QCheckBox::toggled, this, &NetworkPage::validate);
    connect(m_createSubnet, &QCheckBox::toggled, this, [this] {
        // The last step changes: the wizard's buttons and step list follow.
        setFinalPage(!m_createSubnet->isChecked());
        validate();
    });
    if (m_project)
        connect(m_project, &QComboBox::currentIndexChanged, this, &NetworkPage::validate);
    validate();
}

NetworkSpec NetworkPage::spec() const
{
    NetworkSpec spec;
    spec.name = m_name->text().trimmed();
    spec.project = m_project ? m_project->currentData().toString() : QString();
    spec.adminStateUp = m_adminState->isChecked();
    spec.shared = m_shared && m_shared->isChecked();
    spec.external = m_external && m_external->isChecked();
    spec.mtu = m_mtu->value();
    return spec;
}

bool NetworkPage::createSubnet() const
{
    return m_createSubnet->isChecked();
}

void NetworkPage::validate()
{
    // A network's name is optional in Neutron; one that is typed follows the usual rules.
    QString nameProblem;
    if (!m_name->text().trimmed().isEmpty())
        if (auto name = checkedName(tr("Network name"), m_name->text().trimmed()); !name)
            nameProblem = name.error().message;
    auto mtu = NetworkService::validateMtu(m_mtu->value());
    const QString mtuProblem = mtu ? QString() : mtu.error().message;
    m_nameRow->setError(nameProblem);
    m_mtuRow->setError(mtuProblem);
    m_problem = !nameProblem.isEmpty() ? nameProblem : mtuProblem;
    showError({});
    emit completeChanged();
    emit changed();
}

QString NetworkPage::problem() const
{
    return m_problem;
}

bool NetworkPage::isComplete() const
{
    return m_problem.isEmpty();
}

int NetworkPage::nextId() const
{
    return m_createSubnet->isChecked() ? QWizardPage::nextId() : -1;
}

void NetworkPage::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(!message.isEmpty());
}

QString NetworkPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sd

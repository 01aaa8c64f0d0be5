#include "allocatefloatingipdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "identity/projectservice.h"
#include "network/floatingipservice.h"
#include "network/ipnet.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sd {

AllocateFloatingIpDialog::AllocateFloatingIpDialog(Engine &engine, const RequestContext &ctx, bool adminForm,
                                                   QWidget *parent)
    : FormDialog(tr("Allocate Floating IP"), tr("Allocate IP"), parent), m_engine(engine), m_ctx(ctx),
      m_pool(new QComboBox(this)), m_description(new QLineEdit(this))
{
    setObjectName(QStringLiteral("AllocateFloatingIpDialog"));
    setIntro(adminForm ? tr("Allocate a floating IP from an external network to a project. The project "
                            "can then associate it with one of its ports.")
                       : tr("Allocate a floating IP from an external network (the pool) to project %1. "
                            "Associate it with a port to reach that port from outside; it counts against "
                            "the project's floating IP quota until it is released.")
                             .arg(ctx.projectName));

    m_pool->setObjectName(QStringLiteral("PoolCombo"));
    NetworkFilter external;
    external.external = true;
    if (auto networks = engine.networks().list(ctx, external))
        for (const Network &n : *networks) {
            // The pool's addresses are its subnets': name them, so the choice is not a bare name.
            QStringList cidrs;
            if (auto subnets = engine.subnets().list(ctx, n.id))
                for (const Subnet &s : *subnets)
                    cidrs.append(s.cidr);
            m_pool->addItem(
                cidrs.isEmpty() ? n.name : tr("%1 (%2)").arg(n.name, cidrs.join(QStringLiteral(", "))), n.id);
        }
    if (m_pool->count() == 0) {
        m_pool->setPlaceholderText(tr("No external network"));
        m_pool->setEnabled(false);
    }
    form()->addRow(tr("Pool *"), m_pool);

    if (adminForm) {
        m_project = new QComboBox(this);
        m_project->setObjectName(QStringLiteral("ProjectCombo"));
        if (auto projects = engine.projects().list(ctx))
            for (const Project &p : *projects)
                m_project->addItem(p.name, p.id);
        m_project->model()->sort(0);
        m_project->setCurrentIndex(m_project->findData(ctx.projectId));
        form()->addRow(tr("Project *"), m_project);
        m_address = new QLineEdit(this);
        m_address->setObjectName(QStringLiteral("FloatingIpAddressEdit"));
        m_address->setPlaceholderText(tr("Optional: any free address of the pool"));
        form()->addRow(tr("Floating IP Address"), m_address);
        connect(m_project, &QComboBox::currentIndexChanged, this, &AllocateFloatingIpDialog::updateOk);
        connect(m_address, &QLineEdit::textChanged, this, &AllocateFloatingIpDialog::updateOk);
    }
    m_description->setObjectName(QStringLiteral("FloatingIpDescriptionEdit"));
    form()->addRow(tr("Description"), m_description);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &AllocateFloatingIpDialog::updateOk);
    connect(m_description, &QLineEdit::textChanged, this, &AllocateFloatingIpDialog::updateOk);
    updateOk();
}

QString AllocateFloatingIpDialog::problem() const
{
    if (m_pool->currentIndex() < 0)
        return tr("There is no external network to allocate from: an administrator creates one "
                  "(Networks, with External Network set).");
    if (m_project && m_project->currentIndex() < 0)
        return tr("Choose the project to allocate the address to.");
    if (m_address && !m_address->text().trimmed().isEmpty() && !IpAddress::parse(m_address->text().trimmed()))
        return tr("Floating IP address %1 is not an IP address.").arg(m_address->text().trimmed());
    if (auto text = checkedText(tr("Description"), m_description->text()); !text)
        return text.error().message;
    return {};
}

bool AllocateFloatingIpDialog::submit()
{
    FloatingIpSpec spec;
    spec.network = m_pool->currentData().toString();
    spec.description = m_description->text();
    if (m_project)
        spec.project = m_project->currentData().toString();
    if (m_address)
        spec.floatingIpAddress = m_address->text().trimmed();
    auto fip = m_engine.floatingIps().create(m_ctx.withNewRequestId(), spec);
    if (!fip) {
        showError(fip.error());
        return false;
    }
    emit allocated(*fip);
    return true;
}

} // namespace sd

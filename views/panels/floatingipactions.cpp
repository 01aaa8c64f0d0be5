#include "floatingipactions.h"

#include "dialogs/allocatefloatingipdialog.h"
#include "dialogs/associatefloatingipdialog.h"
#include "icons.h"

#include "engine.h"
#include "identity/policy.h"
#include "network/floatingipservice.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

FloatingIpActions::FloatingIpActions(Engine &engine, const RequestContext &ctx, bool adminForm,
                                     QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_adminForm(adminForm),
      m_dialogParent(dialogParent),
      m_allocate(new QAction(Icons::get(QStringLiteral("action-add")), tr("Allocate IP To Project…"), this)),
      m_associate(new QAction(Icons::get(QStringLiteral("action-enable")), tr("Associate…"), this)),
      m_disassociate(new QAction(Icons::get(QStringLiteral("action-disable")), tr("Disassociate…"), this)),
      m_release(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Release Floating IPs…"), this))
{
    m_allocate->setObjectName(QStringLiteral("allocateFloatingIpAction"));
    m_associate->setObjectName(QStringLiteral("associateFloatingIpAction"));
    m_disassociate->setObjectName(QStringLiteral("disassociateFloatingIpAction"));
    m_release->setObjectName(QStringLiteral("releaseFloatingIpAction"));
    m_allocate->setToolTip(tr("Take a free address from an external network for this project"));
    m_release->setShortcut(QKeySequence::Delete);

    const Policy &policy = engine.policy();
    m_allocate->setVisible(policy.allows(ctx, QStringLiteral("floating_ip:create")));
    const bool update = policy.allows(ctx, QStringLiteral("floating_ip:update"));
    m_associate->setVisible(update);
    m_disassociate->setVisible(update);
    m_release->setVisible(policy.allows(ctx, QStringLiteral("floating_ip:delete")));

    connect(m_allocate, &QAction::triggered, this, &FloatingIpActions::allocate);
    connect(m_associate, &QAction::triggered, this, &FloatingIpActions::associate);
    connect(m_disassociate, &QAction::triggered, this, &FloatingIpActions::disassociate);
    connect(m_release, &QAction::triggered, this, &FloatingIpActions::release);
    updateEnabled();
}

void FloatingIpActions::setSelection(const QList<FloatingIp> &fips)
{
    m_selection = fips;
    updateEnabled();
}

void FloatingIpActions::updateEnabled()
{
    const bool one = m_selection.size() == 1;
    const bool associated = one && !m_selection.first().portId.isEmpty();
    m_associate->setEnabled(one && !associated);
    m_disassociate->setEnabled(associated);
    m_release->setEnabled(!m_selection.isEmpty());
    if (associated)
        m_associate->setToolTip(
            tr("%1 is associated with %2 already: disassociate it first")
                .arg(m_selection.first().floatingIpAddress, m_selection.first().fixedIpAddress));
    else
        m_associate->setToolTip(
            one ? tr("Associate %1 with a port").arg(m_selection.first().floatingIpAddress)
                : tr("Select one floating IP to associate it with a port"));
    m_disassociate->setToolTip(
        associated ? tr("Detach %1 from %2; the address stays allocated to the project")
                         .arg(m_selection.first().floatingIpAddress, m_selection.first().fixedIpAddress)
                   : tr("Select an associated floating IP"));
    m_release->setText(m_selection.size() > 1 ? tr("Release Floating IPs…") : tr("Release Floating IP…"));
    m_release->setIconText(tr("Release Floating IPs…"));
    if (m_selection.isEmpty())
        m_release->setToolTip(tr("Select the floating IPs to give back to their pool"));
    else if (m_selection.size() == 1)
        m_release->setToolTip(tr("Give %1 back to the pool").arg(m_selection.first().floatingIpAddress));
    else
        m_release->setToolTip(
            tr("Give the %n selected addresses back to the pool", nullptr, int(m_selection.size())));
}

void FloatingIpActions::allocate()
{
    auto *dialog = new AllocateFloatingIpDialog(m_engine, m_ctx, m_adminForm, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllocateFloatingIpDialog::allocated, this,
            [this](const FloatingIp &fip) { emit allocated(fip.floatingIpAddress); });
    dialog->open();
}

void FloatingIpActions::associate()
{
    if (m_selection.size() != 1)
        return;
    // The selection is a snapshot; the dialog starts from what the engine has now.
    auto fip = m_engine.floatingIps().show(m_ctx, m_selection.first().id);
    if (!fip) {
        emit notify(fip.error().message, fip.error().details);
        return;
    }
    auto *dialog = new AssociateFloatingIpDialog(m_engine, m_ctx, *fip, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FloatingIpActions::disassociate()
{
    if (m_selection.size() != 1 || m_selection.first().portId.isEmpty())
        return;
    const FloatingIp fip = m_selection.first();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disassociate Floating IP"),
                                tr("Disassociate %1 from %2?").arg(fip.floatingIpAddress, fip.fixedIpAddress),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("DisassociateFloatingIpConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Connections through the floating IP stop at once. The address stays "
                               "allocated to the project and can be associated again."));
    QPushButton *go = box->addButton(tr("Disassociate"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, fip](QAbstractButton *clicked) {
        if (clicked != go)
            return;
        if (auto r = m_engine.floatingIps().disassociate(m_ctx.withNewRequestId(), fip.id); !r)
            emit notify(r.error().message, r.error().details);
    });
    box->open();
}

void FloatingIpActions::release()
{
    if (m_selection.isEmpty())
        return;
    const QList<FloatingIp> targets = m_selection;
    QStringList addresses;
    bool anyAssociated = false;
    for (const FloatingIp &f : targets) {
        addresses.append(f.floatingIpAddress);
        anyAssociated = anyAssociated || !f.portId.isEmpty();
    }
    const bool one = targets.size() == 1;
    auto *box =
        new QMessageBox(QMessageBox::Warning, one ? tr("Release Floating IP") : tr("Release Floating IPs"),
                        one ? tr("Release floating IP %1?").arg(addresses.first())
                            : tr("Release %1 floating IPs: %2?")
                                  .arg(targets.size())
                                  .arg(addresses.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("ReleaseFloatingIpsConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(anyAssociated
                                ? tr("Associated addresses lose their association at once. The "
                                     "addresses go back to their pool, where any project may get them.")
                                : tr("The addresses go back to their pool, where any project may get "
                                     "them."));
    QPushButton *go = box->addButton(one ? tr("Release Floating IP") : tr("Release Floating IPs"),
                                     QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, targets](QAbstractButton *clicked) {
        if (clicked != go)
            return;
        for (const FloatingIp &f : targets)
            if (auto r = m_engine.floatingIps().remove(m_ctx.withNewRequestId(), f.id); !r)
                emit notify(r.error().message, r.error().details);
    });
    box->open();
}

} // namespace sd

#include "manageattachmentsdialog.h"

#include "deleteconfirmation.h"
#include "models/volumemodel.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

namespace sd {

namespace {
constexpr int HostIdRole = Qt::UserRole + 1;
constexpr int HostNameRole = Qt::UserRole + 2;

// Nova's attach-ready states (Horizon's VOLUME_ATTACH_READY_STATES).
bool attachReady(const Instance &instance)
{
    const QString status = instance.status();
    return status == QLatin1String("ACTIVE") || status == QLatin1String("SHUTOFF");
}
} // namespace

ManageAttachmentsDialog::ManageAttachmentsDialog(Engine &engine, const RequestContext &ctx,
                                                 const Volume &volume, QWidget *parent)
    : FormDialog(tr("Manage Volume Attachments of %1").arg(volume.label()), tr("Attach Volume"), parent),
      m_engine(engine), m_ctx(ctx), m_volume(volume), m_table(new QTableWidget(0, 3, this)),
      m_instance(new QComboBox(this)), m_device(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ManageAttachmentsDialog"));
    setMinimumWidth(600);
    m_table->setObjectName(QStringLiteral("AttachmentsTable"));
    m_table->setHorizontalHeaderLabels({tr("Instance"), tr("Device"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setFixedHeight(96);
    m_instance->setObjectName(QStringLiteral("AttachInstanceCombo"));
    m_device->setObjectName(QStringLiteral("DeviceNameEdit"));
    m_device->setPlaceholderText(QStringLiteral("/dev/vdc"));
    m_device->setToolTip(tr("Actual device name may differ due to hypervisor settings. If not specified, "
                            "the next free device is chosen."));

    auto *attachmentsTitle = new QLabel(tr("Attachments"), this);
    attachmentsTitle->setObjectName(QStringLiteral("SectionTitle"));
    auto *attachTitle = new QLabel(tr("Attach To Instance"), this);
    attachTitle->setObjectName(QStringLiteral("SectionTitle"));
    form()->addRow(attachmentsTitle);
    form()->addRow(m_table);
    form()->addRow(attachTitle);
    form()->addRow(tr("Attach to Instance *"), m_instance);
    form()->addRow(tr("Device Name"), m_device);

    loadInstances();
    showAttachments();
    connect(m_instance, &QComboBox::currentIndexChanged, this, &ManageAttachmentsDialog::updateOk);
    connect(m_device, &QLineEdit::textChanged, this, &ManageAttachmentsDialog::updateOk);
    connect(&engine, &Engine::resourceChanged, this, [this](const QString &kind, const QString &id) {
        if (kind == QLatin1String("volume") && id == m_volume.id)
            refresh();
    });
    updateOk();
}

void ManageAttachmentsDialog::loadInstances()
{
    InstanceListFilter filter;
    // An administrator managing another project's volume attaches it to that project's instances.
    if (m_volume.projectId != m_ctx.projectId && m_ctx.isAdmin()) {
        filter.allProjects = true;
        filter.project = m_volume.projectId;
    }
    m_instance->addItem(tr("Select an instance"), QString());
    if (auto instances = m_engine.instances().list(m_ctx, filter))
        for (const Instance &i : *instances)
            if (i.projectId == m_volume.projectId && attachReady(i)) {
                m_instance->addItem(tr("%1 (%2)").arg(i.name, i.id), i.id);
                m_instance->setItemData(m_instance->count() - 1, i.hostId, HostIdRole);
                m_instance->setItemData(m_instance->count() - 1, i.hostName, HostNameRole);
            }
    if (m_instance->count() == 1)
        m_instance->setItemText(0, tr("No instances available"));
}

bool ManageAttachmentsDialog::chooseInstance(const QString &nameOrId)
{
    for (int i = 1; i < m_instance->count(); ++i)
        if (m_instance->itemData(i).toString() == nameOrId ||
            m_instance->itemText(i).startsWith(nameOrId + QLatin1String(" ("))) {
            m_instance->setCurrentIndex(i);
            return true;
        }
    return false;
}

void ManageAttachmentsDialog::refresh()
{
    auto volume = m_engine.volumes().show(m_ctx, m_volume.id);
    if (!volume) {
        // Deleted or given away meanwhile: nothing left to manage.
        reject();
        return;
    }
    m_volume = *volume;
    showAttachments();
    updateOk();
}

void ManageAttachmentsDialog::showAttachments()
{
    m_table->setRowCount(0);
    if (!m_volume.attachment)
        return;
    const VolumeAttachment &a = *m_volume.attachment;
    m_table->setRowCount(1);
    m_table->setItem(0, 0, new QTableWidgetItem(a.instanceName.isEmpty() ? a.instanceId : a.instanceName));
    m_table->setItem(0, 1, new QTableWidgetItem(a.device));
    auto *detach = new QPushButton(tr("Detach Volume"), m_table);
    detach->setObjectName(QStringLiteral("DetachVolumeButton"));
    const bool settled = m_volume.status == VolumeStatus::InUse;
    if (m_volume.bootIndexZero) {
        detach->setEnabled(false);
        detach->setToolTip(tr("Volume %1 is the root disk of instance %2: it cannot be detached")
                               .arg(m_volume.label(), a.instanceName));
    } else if (!settled) {
        detach->setEnabled(false);
        detach->setToolTip(tr("Volume %1 is %2: Detach needs it In-use")
                               .arg(m_volume.label(), VolumeModel::statusText(m_volume.status)));
    } else {
        detach->setToolTip(tr("The data will remain in the volume and another instance will be able to "
                              "access the data if you attach this volume to it."));
    }
    connect(detach, &QPushButton::clicked, this, &ManageAttachmentsDialog::confirmDetach);
    m_table->setCellWidget(0, 2, detach);
}

QPushButton *ManageAttachmentsDialog::detachButton() const
{
    return m_table->rowCount() > 0 ? qobject_cast<QPushButton *>(m_table->cellWidget(0, 2)) : nullptr;
}

void ManageAttachmentsDialog::confirmDetach()
{
    if (!m_volume.attachment)
        return;
    const VolumeAttachment a = *m_volume.attachment;
    DeleteConfirmation confirmation{
        QStringLiteral("DetachVolumeConfirmation"), tr("Detach Volume"),
        tr("Detach volume %1 from instance %2?").arg(m_volume.label(), a.instanceName),
        tr("The data will remain in the volume and another instance will be able to access the data if you "
           "attach this volume to it."),
        tr("Detach Volume")};
    confirmation.open(this, [this, instanceId = a.instanceId] {
        auto task = m_engine.volumes().detach(m_ctx.withNewRequestId(), m_volume.id, instanceId);
        if (!task)
            showError(task.error());
    });
}

QString ManageAttachmentsDialog::problem() const
{
    if (m_volume.attachment)
        return tr("Volume %1 is attached to %2: a volume is attached to one instance at a time, detach it "
                  "first")
            .arg(m_volume.label(), m_volume.attachment->instanceName);
    if (m_volume.status != VolumeStatus::Available)
        return tr("Volume %1 is %2: attaching needs it Available")
            .arg(m_volume.label(), VolumeModel::statusText(m_volume.status));
    if (m_instance->currentData().toString().isEmpty())
        return m_instance->count() > 1 ? tr("Select an instance to attach to.")
                                       : tr("No instance of the project is ACTIVE or SHUTOFF to attach to.");
    // A volume of a type that is not shared lives on its host's disk: only that host's instances reach it.
    const QString instanceHost = m_instance->currentData(HostIdRole).toString();
    const auto type = m_engine.volumeTypes().find(m_volume.typeId);
    if (!instanceHost.isEmpty() && instanceHost != m_volume.hostId && !(type && type->shared()))
        return tr("Volume %1 is on host %2 and its type %3 is not shared; instance %4 runs on host %5: "
                  "choose "
                  "an instance on %2")
            .arg(m_volume.label(), m_volume.hostName, m_volume.typeName,
                 m_instance->currentText().section(QLatin1String(" ("), 0, 0),
                 m_instance->currentData(HostNameRole).toString());
    static const QRegularExpression device(QStringLiteral("^/dev/[a-z]+$"));
    const QString name = m_device->text().trimmed();
    if (!name.isEmpty() && !device.match(name).hasMatch())
        return tr("Device name %1 is not a device such as /dev/vdc").arg(name);
    return {};
}

QString ManageAttachmentsDialog::visibleProblem() const
{
    // Quiet about the instance not chosen yet; the other reasons are the volume's and say what to do.
    if (!m_volume.attachment && m_volume.status == VolumeStatus::Available &&
        m_instance->currentData().toString().isEmpty() && m_instance->count() > 1)
        return {};
    return problem();
}

bool ManageAttachmentsDialog::submit()
{
    auto task = m_engine.volumes().attach(m_ctx.withNewRequestId(), m_volume.id,
                                          m_instance->currentData().toString(), m_device->text().trimmed());
    if (!task) {
        showError(task.error());
        return false;
    }
    return true;
}

} // namespace sd

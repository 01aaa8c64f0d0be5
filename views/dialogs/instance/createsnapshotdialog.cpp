#include "createsnapshotdialog.h"

#include "compute/instance/instanceservice.h"
#include "core/namecheck.h"
#include "engine.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

CreateSnapshotDialog::CreateSnapshotDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                           QWidget *parent)
    : FormDialog(tr("Create Snapshot of %1").arg(instance.name), tr("Create Snapshot"), parent), m_engine(engine),
      m_ctx(ctx), m_instance(instance), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CreateSnapshotDialog"));
    setIntro(tr("A snapshot saves the instance's root disk as an image of project %1. A running instance is "
                "paused for the moment its disk is copied. Launch new instances from the snapshot in Images.")
                 .arg(instance.projectName));
    m_name->setObjectName(QStringLiteral("SnapshotNameEdit"));
    m_name->setText(tr("%1-snapshot").arg(instance.name));
    m_name->selectAll();
    form()->addRow(tr("Snapshot Name *"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &CreateSnapshotDialog::updateOk);
    updateOk();
}

QString CreateSnapshotDialog::problem() const
{
    auto name = checkedName(tr("Snapshot name"), m_name->text().trimmed());
    return name ? QString() : name.error().message;
}

bool CreateSnapshotDialog::submit()
{
    auto result = m_engine.instances().createImage(m_ctx.withNewRequestId(), m_instance.id, m_name->text().trimmed());
    if (!result) {
        showError(result.error());
        return false;
    }
    m_taskId = *result;
    return true;
}

} // namespace sd

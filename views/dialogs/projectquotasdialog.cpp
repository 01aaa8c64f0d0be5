#include "projectquotasdialog.h"

#include "engine.h"
#include "quota/quotaservice.h"

#include <QLabel>
#include <QPushButton>

namespace sd {

ProjectQuotasDialog::ProjectQuotasDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                                         QWidget *parent)
    : QuotaDialog(true, parent), m_engine(engine), m_ctx(ctx), m_project(project)
{
    setObjectName(QStringLiteral("ProjectQuotasDialog"));
    setWindowTitle(tr("Modify Quotas: %1").arg(project.name));
    setMinimumWidth(640);
    okButton()->setText(tr("Save"));
    intro()->setText(tr("Limits for project %1. Unlimited (-1) sets no limit. A limit below what the "
                        "project uses now is allowed; new resources are then refused until usage "
                        "drops.")
                         .arg(project.name));
    intro()->setTextFormat(Qt::PlainText); // a name like "<b>x" is shown verbatim
    load(engine.quotas().show(ctx, project.id));
}

bool ProjectQuotasDialog::save(const QHash<QString, qint64> &changed)
{
    auto below = m_engine.quotas().set(m_ctx.withNewRequestId(), m_project.id, changed);
    if (!below) {
        showError(below.error());
        return false;
    }
    emit saved(m_project.name, *below);
    return true;
}

} // namespace sd

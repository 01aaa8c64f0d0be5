#include "defaultquotasdialog.h"

#include "engine.h"
#include "quota/quotaservice.h"

#include <QLabel>
#include <QPushButton>

namespace sd {

DefaultQuotasDialog::DefaultQuotasDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QuotaDialog(false, parent), m_engine(engine), m_ctx(ctx)
{
    setObjectName(QStringLiteral("DefaultQuotasDialog"));
    setWindowTitle(tr("Update Default Quotas"));
    setMinimumWidth(560);
    okButton()->setText(tr("Update Defaults"));
    intro()->setText(tr("Every project has these limits unless it was given its own with Modify "
                        "Quotas. Unlimited (-1) sets no limit."));
    load(engine.quotas().defaults(ctx));
}

bool DefaultQuotasDialog::save(const QHash<QString, qint64> &changed)
{
    if (auto r = m_engine.quotas().setDefaults(m_ctx.withNewRequestId(), changed); !r) {
        showError(r.error());
        return false;
    }
    return true;
}

} // namespace sd

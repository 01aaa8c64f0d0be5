#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "quotadialog.h"

namespace sd {

class Engine;

// Identity › Projects › Modify Quotas: the project's limits on Compute / Volume / Network tabs with its
// usage beside each. Only changed limits are sent; limits below usage are allowed (like Nova) and the
// engine's list of them is handed on, so the panel can say new creates will be refused.
class ProjectQuotasDialog : public QuotaDialog
{
    Q_OBJECT

public:
    ProjectQuotasDialog(Engine &engine, const RequestContext &ctx, const Project &project,
                        QWidget *parent = nullptr);

Q_SIGNALS:
    // After a successful save: the engine's sentences for limits now below usage (may be empty).
    void saved(const QString &projectName, const QStringList &belowUsage);

private:
    bool save(const QHash<QString, qint64> &changed) override;

    Engine &m_engine;
    RequestContext m_ctx;
    Project m_project;
};

} // namespace sd

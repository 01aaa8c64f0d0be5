#pragma once

#include "core/requestcontext.h"

#include "quotadialog.h"

namespace sd {

class Engine;

// Admin › System › Default Quotas › Update Default Quotas: the limits every project has unless it was
// given its own, on the same tabs as Modify Quotas. Only changed limits are sent.
class DefaultQuotasDialog : public QuotaDialog
{
    Q_OBJECT

public:
    DefaultQuotasDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

private:
    bool save(const QHash<QString, qint64> &changed) override;

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd

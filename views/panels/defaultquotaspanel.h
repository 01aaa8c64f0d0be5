#pragma once

#include "core/requestcontext.h"
#include "quota/quotaresources.h"

#include "panel.h"

class QAction;
class QTabWidget;
class QTableView;

namespace sd {

class Engine;
class QuotaModel;

// Admin › System › Default Quotas: the limits every project has unless given its own, on Horizon's
// Compute / Volume / Network tabs, and "Update Default Quotas" for administrators.
class DefaultQuotasPanel : public Panel
{
    Q_OBJECT

public:
    DefaultQuotasPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QuotaModel *model(QuotaResource::Group group) const;
    QTableView *view(QuotaResource::Group group) const;
    QAction *updateAction() const { return m_update; }

    // Reads the defaults again. The engine has no notification for quota changes, so the panel reloads
    // after its own dialog and whenever it is shown.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDefaults();

    Engine &m_engine;
    RequestContext m_ctx;
    QTabWidget *m_tabs;
    QList<QuotaModel *> m_models;
    QList<QTableView *> m_views;
    QAction *m_update;
};

} // namespace sd

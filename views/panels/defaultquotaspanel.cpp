#include "defaultquotaspanel.h"

#include "dialogs/defaultquotasdialog.h"
#include "icons.h"
#include "models/quotalabels.h"
#include "models/quotamodel.h"
#include "widgets/resourcetable.h"

#include "engine.h"
#include "identity/policy.h"
#include "quota/quotaservice.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace sd {

DefaultQuotasPanel::DefaultQuotasPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Admin › System"), tr("Default Quotas"), parent), m_engine(engine), m_ctx(ctx),
      m_tabs(new QTabWidget(this)),
      m_update(new QAction(Icons::get(QStringLiteral("quota-modify")), tr("Update Default Quotas…"), this))
{
    setObjectName(QStringLiteral("DefaultQuotasPanel"));
    m_tabs->setObjectName(QStringLiteral("DefaultQuotasTabs"));
    for (QuotaResource::Group group : QuotaLabels::groups()) {
        auto *model = new QuotaModel(group, this);
        auto *view = new ResourceTable(m_tabs);
        view->setModel(model);
        view->setFrameShape(QFrame::NoFrame); // the tab's frame is enough
        // Horizon's order (instances, vCPUs, RAM, …), not the alphabet.
        view->setSortingEnabled(false);
        view->horizontalHeader()->setSortIndicatorShown(false);
        view->horizontalHeader()->setSectionResizeMode(QuotaModel::Name, QHeaderView::Interactive);
        view->horizontalHeader()->resizeSection(QuotaModel::Name, 360);
        m_models.append(model);
        m_views.append(view);
        m_tabs->addTab(view, QuotaLabels::groupTitle(group));
    }

    m_update->setObjectName(QStringLiteral("updateDefaultQuotasAction"));
    m_update->setToolTip(tr("Change the limits every project has unless it was given its own"));
    m_update->setVisible(engine.policy().allows(ctx, QStringLiteral("quota:update_defaults")));
    connect(m_update, &QAction::triggered, this, &DefaultQuotasPanel::updateDefaults);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("DefaultQuotasToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    auto *hint =
        new QLabel(tr("The limits every project has unless it was given its own (Identity › Projects › "
                      "Modify Quotas)."),
                   bar);
    hint->setObjectName(QStringLiteral("HintLabel"));
    hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(hint);
    bar->addAction(m_update);

    body()->addWidget(bar);
    body()->addWidget(m_tabs, 1);
    reload();
}

QuotaModel *DefaultQuotasPanel::model(QuotaResource::Group group) const
{
    return m_models.value(QuotaLabels::groups().indexOf(group));
}

QTableView *DefaultQuotasPanel::view(QuotaResource::Group group) const
{
    return m_views.value(QuotaLabels::groups().indexOf(group));
}

void DefaultQuotasPanel::reload()
{
    auto lines = m_engine.quotas().defaults(m_ctx);
    if (!lines) {
        emit notify(lines.error().message, lines.error().details);
        return;
    }
    for (QuotaModel *model : std::as_const(m_models))
        model->setLines(*lines);
}

void DefaultQuotasPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    reload();
}

void DefaultQuotasPanel::updateDefaults()
{
    auto *dialog = new DefaultQuotasDialog(m_engine, m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DefaultQuotasPanel::reload);
    dialog->open();
}

} // namespace sd

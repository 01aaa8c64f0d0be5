#include "instanceactionlogtab.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "tasks/actionlog.h"

#include <QHeaderView>
#include <QLocale>

namespace sd {

InstanceActionLogTab::InstanceActionLogTab(Engine &engine, const RequestContext &ctx,
                                           const QString &instanceId, QWidget *parent)
    : QTreeWidget(parent), m_engine(engine), m_ctx(ctx), m_instanceId(instanceId)
{
    setObjectName(QStringLiteral("InstanceActionLog"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Request ID"), tr("Action"), tr("Start Time"), tr("User"), tr("Message")});
    header()->setStretchLastSection(true);
    reload();
}

void InstanceActionLogTab::reload()
{
    clear();
    auto events = m_engine.instances().events(m_ctx, m_instanceId);
    if (!events) {
        addTopLevelItem(
            new QTreeWidgetItem({QString(), QString(), QString(), QString(), events.error().message}));
        return;
    }
    for (const ActionLogEntry &e : *events) {
        // Nova's message column is the error; a success says how it ended.
        const QString message = e.message.isEmpty() ? e.outcome : e.message;
        auto *item = new QTreeWidgetItem({e.requestId, e.action,
                                          QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat),
                                          e.userName, message});
        item->setToolTip(4, message);
        addTopLevelItem(item);
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

} // namespace sd

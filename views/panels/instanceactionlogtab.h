#pragma once

#include "core/requestcontext.h"

#include <QTreeWidget>

namespace sd {

class Engine;

// An instance's Action Log tab, Nova's os-instance-actions as Horizon shows them: Request ID, Action,
// Start Time, User, Message (how it ended), newest first.
class InstanceActionLogTab : public QTreeWidget
{
    Q_OBJECT

public:
    InstanceActionLogTab(Engine &engine, const RequestContext &ctx, const QString &instanceId,
                         QWidget *parent = nullptr);

    void reload();

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QString m_instanceId;
};

} // namespace sd

#pragma once

#include "console/consoleendpoint.h"
#include "console/consoletype.h"
#include "core/requestcontext.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace sd {

class Engine;
class GraphicsSession;
class SerialSession;

// A console made for an endpoint: exactly one of the two sessions is set (not yet open).
struct ConsoleSessions
{
    GraphicsSession *graphics = nullptr;
    SerialSession *serial = nullptr;
};

// Opens instances' consoles in windows of their own, as Horizon's CONSOLE_TYPE says (VNC, SPICE, serial,
// or AUTO: the first the instance has). One window per instance: asking again raises it. Used by the
// Instances action, the instance's Console tab ("Open in Window"), the classroom wall and the topology.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    ConsoleLauncher(Engine &engine, const RequestContext &ctx, QObject *parent = nullptr);

    void open(const QString &instanceId);

    // Whether consoles are offered at all: the setting is not None and the policy allows server:console.
    static bool consolesShown(Engine &engine, const RequestContext &ctx);
    // The session the setting picks for the endpoint, with autoReconnect on; or why there is none.
    static Result<ConsoleSessions> makeSessions(Engine &engine, const ConsoleEndpoint &endpoint, QObject *parent);
    // The open console window of an instance, if any (for tests).
    static QWidget *windowOf(const QString &instanceId);

Q_SIGNALS:
    // Why a console could not be opened, in the engine's words.
    void failed(const QString &message, const QString &details);

private:
    static QHash<QString, QPointer<QWidget>> &windows();

    Engine &m_engine;
    RequestContext m_ctx;
};

} // namespace sd

#include "consolelauncher.h"

#include "consolewindow.h"
#include "serialconsolewindow.h"

#include "console/consoleservice.h"
#include "console/graphicssessions.h"
#include "console/serialsession.h"
#include "engine.h"
#include "identity/policy.h"

namespace sd {

ConsoleLauncher::ConsoleLauncher(Engine &engine, const RequestContext &ctx, QObject *parent)
    : QObject(parent), m_engine(engine), m_ctx(ctx)
{
}

QHash<QString, QPointer<QWidget>> &ConsoleLauncher::windows()
{
    // Process-wide: the same instance's console asked for from two panels is still one window.
    static QHash<QString, QPointer<QWidget>> open;
    return open;
}

QWidget *ConsoleLauncher::windowOf(const QString &instanceId)
{
    return windows().value(instanceId).data();
}

bool ConsoleLauncher::consolesShown(Engine &engine, const RequestContext &ctx)
{
    return engine.consoles().consoleType() != ConsoleType::None
           && engine.policy().allows(ctx, QStringLiteral("server:console"));
}

Result<ConsoleSessions> ConsoleLauncher::makeSessions(Engine &engine, const ConsoleEndpoint &endpoint, QObject *parent)
{
    ConsoleType wanted = engine.consoles().consoleType();
    // None hides the console actions; a console asked for anyway (a tab left open) opens as AUTO would.
    if (wanted == ConsoleType::None)
        wanted = ConsoleType::Auto;
    auto chosen = ConsoleService::choose(wanted, endpoint);
    if (!chosen)
        return chosen.error();
    ConsoleSessions made;
    if (*chosen == ConsoleType::Serial) {
        made.serial = new SerialSession(endpoint, parent);
        made.serial->setAutoReconnect(true);
    } else {
        made.graphics = createGraphicsSession(*chosen, endpoint, parent);
        made.graphics->setAutoReconnect(true);
    }
    return made;
}

void ConsoleLauncher::open(const QString &instanceId)
{
    if (QWidget *existing = windowOf(instanceId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    QPointer<ConsoleLauncher> self(this);
    m_engine.consoles().endpoint(m_ctx, instanceId, this, [self, instanceId](Result<ConsoleEndpoint> endpoint) {
        if (!self)
            return;
        if (!endpoint) {
            emit self->failed(endpoint.error().message, endpoint.error().details);
            return;
        }
        // Asked twice while the first answer was on its way: one window.
        if (QWidget *existing = windowOf(instanceId)) {
            existing->raise();
            return;
        }
        auto sessions = makeSessions(self->m_engine, *endpoint, nullptr);
        if (!sessions) {
            emit self->failed(sessions.error().message, sessions.error().details);
            return;
        }
        QWidget *window = nullptr;
        if (sessions->graphics)
            window = new ConsoleWindow(sessions->graphics);
        else
            window = new SerialConsoleWindow(sessions->serial);
        windows().insert(instanceId, window);
        window->show();
    });
}

} // namespace sd

#include "instanceconsoletab.h"

#include "console/consolelauncher.h"
#include "console/consolewidget.h"
#include "console/serialconsoleview.h"

#include "console/consoleservice.h"
#include "console/graphicssession.h"
#include "console/serialsession.h"
#include "engine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd {

InstanceConsoleTab::InstanceConsoleTab(Engine &engine, const RequestContext &ctx, const QString &instanceId,
                                       QWidget *parent)
    : QWidget(parent), m_engine(engine), m_ctx(ctx), m_instanceId(instanceId),
      m_launcher(new ConsoleLauncher(engine, ctx, this)), m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this)), m_hint(new QLabel(this)),
      m_openWindow(new QPushButton(tr("Open in Window"), this)), m_retry(new QPushButton(tr("Try Again"), this))
{
    setObjectName(QStringLiteral("InstanceConsoleTab"));
    m_message->setObjectName(QStringLiteral("ConsoleText"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setMargin(12);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("HintLabel"));
    m_hint->setText(tr("Click the screen to type into it; Ctrl+Alt gives the keyboard back."));
    m_openWindow->setObjectName(QStringLiteral("OpenConsoleWindowButton"));
    m_openWindow->setToolTip(tr("Show this console in a window of its own (full screen, Send Key, screenshots)"));
    m_retry->setObjectName(QStringLiteral("RetryConsoleButton"));
    m_stack->addWidget(m_message);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_openWindow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_openWindow, &QPushButton::clicked, this, &InstanceConsoleTab::openInWindow);
    connect(m_retry, &QPushButton::clicked, this, &InstanceConsoleTab::activate);
    connect(m_launcher, &ConsoleLauncher::failed, this, [this](const QString &message) { showMessage(message); });
    showMessage(tr("The console connects when this tab is shown."));
}

InstanceConsoleTab::~InstanceConsoleTab()
{
    closeSessions();
}

QString InstanceConsoleTab::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void InstanceConsoleTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_hint->setVisible(false);
    m_retry->setVisible(true);
}

void InstanceConsoleTab::closeSessions()
{
    // The widgets first: they must not paint a session that is going away.
    if (m_widget) {
        m_widget->setSession(nullptr);
        m_widget->deleteLater();
        m_widget = nullptr;
    }
    if (m_serialView) {
        m_serialView->deleteLater();
        m_serialView = nullptr;
    }
    if (m_graphics) {
        m_graphics->close();
        m_graphics->deleteLater();
        m_graphics = nullptr;
    }
    if (m_serial) {
        m_serial->close();
        m_serial->deleteLater();
        m_serial = nullptr;
    }
}

void InstanceConsoleTab::activate()
{
    if (m_pending || m_graphics || m_serial)
        return;
    m_pending = true;
    showMessage(tr("Connecting to the console…"));
    m_retry->setVisible(false);
    QPointer<InstanceConsoleTab> self(this);
    m_engine.consoles().endpoint(m_ctx, m_instanceId, this, [self](Result<ConsoleEndpoint> endpoint) {
        if (!self)
            return;
        self->m_pending = false;
        if (!endpoint) {
            self->showMessage(endpoint.error().message);
            return;
        }
        auto sessions = ConsoleLauncher::makeSessions(self->m_engine, *endpoint, self);
        if (!sessions) {
            self->showMessage(sessions.error().message);
            return;
        }
        self->m_retry->setVisible(false);
        if (sessions->graphics) {
            self->m_graphics = sessions->graphics;
            self->m_widget = new ConsoleWidget(self->m_stack);
            self->m_widget->setSession(self->m_graphics);
            self->m_stack->addWidget(self->m_widget);
            self->m_stack->setCurrentWidget(self->m_widget);
            self->m_hint->setVisible(true);
            self->m_graphics->open();
        } else {
            self->m_serial = sessions->serial;
            self->m_serialView = new SerialConsoleView(self->m_serial, self->m_stack);
            self->m_stack->addWidget(self->m_serialView);
            self->m_stack->setCurrentWidget(self->m_serialView);
            self->m_hint->setVisible(false);
            self->m_serial->open();
        }
    });
}

void InstanceConsoleTab::openInWindow()
{
    // One session per console: the tab lets go of its own before the window opens one.
    closeSessions();
    showMessage(tr("The console is open in its own window."));
    m_launcher->open(m_instanceId);
}

} // namespace sd

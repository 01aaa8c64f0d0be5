#include "classroomwallpanel.h"

#include "console/classroomwall.h"
#include "console/consolelauncher.h"

#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "console/graphicssessions.h"
#include "engine.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sd {

ClassroomWallPanel::ClassroomWallPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Compute"), tr("Classroom Wall"), parent), m_engine(engine), m_ctx(ctx),
      m_launcher(new ConsoleLauncher(engine, ctx, this)), m_wall(new ClassroomWall(this)), m_summary(new QLabel(this)),
      m_allProjects(new QCheckBox(tr("All projects"), this)), m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("ClassroomWallPanel"));
    m_summary->setObjectName(QStringLiteral("ClassroomWallSummary"));
    m_summary->setWordWrap(true);
    m_allProjects->setObjectName(QStringLiteral("ClassroomWallAllProjects"));
    m_allProjects->setVisible(ctx.isAdmin());
    m_allProjects->setToolTip(tr("Show the running instances of every project, not only %1").arg(ctx.projectName));
    m_refresh->setObjectName(QStringLiteral("ClassroomWallRefresh"));
    m_refresh->setToolTip(tr("Look for instances that started or stopped since the wall was shown"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_allProjects);
    bar->addWidget(m_refresh);
    body()->addLayout(bar);
    body()->addWidget(m_wall, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ClassroomWallPanel::reload);
    connect(m_allProjects, &QCheckBox::toggled, this, &ClassroomWallPanel::reload);
    connect(m_wall, &ClassroomWall::openRequested, m_launcher, &ConsoleLauncher::open);
    connect(m_launcher, &ConsoleLauncher::failed, this, &Panel::notify);
}

ClassroomWallPanel::~ClassroomWallPanel()
{
    stop();
}

void ClassroomWallPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    reload();
}

void ClassroomWallPanel::hideEvent(QHideEvent *event)
{
    Panel::hideEvent(event);
    // Thirty sessions cost the guests and this machine something: none run while nobody looks.
    stop();
}

void ClassroomWallPanel::stop()
{
    ++m_generation;
    m_wall->clear();
    for (const QPointer<GraphicsSession> &session : std::as_const(m_sessions))
        if (session) {
            session->close();
            session->deleteLater();
        }
    m_sessions.clear();
}

QString ClassroomWallPanel::summaryText() const
{
    return m_summary->text();
}

void ClassroomWallPanel::updateSummary()
{
    QString text;
    if (m_answered < m_expected)
        text = tr("Connecting to %1 of %2 running instances…").arg(m_expected - m_answered).arg(m_expected);
    else if (m_expected == 0)
        text = tr("No instance is running here. Thumbnails appear for running instances with a screen.");
    else if (m_sessions.isEmpty())
        text = tr("None of the running instances has a screen to show:");
    else
        text = tr("%n screen(s); click one to open its console.", nullptr, int(m_sessions.size()));
    // One line each: a class's worth of reasons stays readable.
    for (const QString &why : std::as_const(m_missing))
        text += QStringLiteral("\n• ") + why;
    m_summary->setText(text);
}

void ClassroomWallPanel::reload()
{
    stop();
    m_missing.clear();
    m_expected = m_answered = 0;
    InstanceListFilter filter;
    filter.status = QStringLiteral("ACTIVE");
    filter.allProjects = m_ctx.isAdmin() && m_allProjects->isChecked();
    auto instances = m_engine.instances().list(m_ctx, filter);
    if (!instances) {
        m_summary->setText(instances.error().message);
        return;
    }
    const quint64 generation = m_generation;
    m_expected = int(instances->size());
    for (const Instance &instance : *instances) {
        const QString name = instance.name;
        m_engine.consoles().endpoint(m_ctx, instance.id, this, [this, generation, name](Result<ConsoleEndpoint> endpoint) {
            if (generation != m_generation)
                return;
            ++m_answered;
            // The wall shows screens: AUTO among the graphical consoles only.
            Result<ConsoleType> type = endpoint ? ConsoleService::choose(ConsoleType::Auto, *endpoint)
                                                : Result<ConsoleType>(endpoint.error());
            if (type && *type == ConsoleType::Serial)
                type = makeError(ErrorCode::Conflict, tr("%1 has a serial console only").arg(name));
            if (!type) {
                m_missing << type.error().message;
            } else {
                GraphicsSession *session = createGraphicsSession(*type, *endpoint, this);
                session->setAutoReconnect(true);
                m_sessions << session;
                m_wall->addSession(session, name);
            }
            updateSummary();
        });
    }
    updateSummary();
}

} // namespace sd

#pragma once

#include "panel.h"

#include "core/requestcontext.h"

#include <QList>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace sd {

class ClassroomWall;
class ConsoleLauncher;
class Engine;
class GraphicsSession;

// Project › Compute › Classroom Wall: a live thumbnail of every running instance's screen in the
// project (administrators: optionally every project), so a teacher watches a whole class at once; a
// click opens that console full size. Sessions run only while the panel is shown, at two frames a second.
class ClassroomWallPanel : public Panel
{
    Q_OBJECT

public:
    ClassroomWallPanel(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);
    ~ClassroomWallPanel() override;

    ClassroomWall *wall() const { return m_wall; }
    // What the panel says above the wall (how many screens, and why some are missing).
    QString summaryText() const;
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void stop();
    void updateSummary();

    Engine &m_engine;
    RequestContext m_ctx;
    ConsoleLauncher *m_launcher;
    ClassroomWall *m_wall;
    QLabel *m_summary;
    QCheckBox *m_allProjects;
    QPushButton *m_refresh;
    QList<QPointer<GraphicsSession>> m_sessions;
    QStringList m_missing; // instances with no screen here, with the reason
    int m_expected = 0;
    int m_answered = 0;
    quint64 m_generation = 0; // answers for an earlier reload are dropped
};

} // namespace sd

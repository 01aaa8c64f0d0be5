#pragma once

#include "core/requestcontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
#include <QPlainTextEdit>
class QPushButton;
class QSpinBox;

namespace sd {

class Engine;

// An instance's Log tab: the last N lines of the serial console, read from the host as an engine task
// so the window never waits on the host. Only the newest request is shown: a slower answer to an older
// one is dropped (hotspot's job generation). A refusal (a simulated host has no console output) is shown
// as the tab's text, in the engine's words.
class InstanceLogTab : public QWidget
{
    Q_OBJECT

public:
    InstanceLogTab(Engine &engine, const RequestContext &ctx, const QString &instanceId,
                   QWidget *parent = nullptr);

    // Asks the host again for the lines the spin box says.
    void refresh();
    // Horizon's View Full Log: the whole log (up to the engine's 100,000 lines) in a window of its own.
    void viewFullLog();
    // The full log's window while it is open (for tests).
    QPlainTextEdit *fullLogView() const { return m_fullView; }
    QString text() const;
    QSpinBox *linesBox() const { return m_lines; }
    // Whether a request is out.
    bool isLoading() const { return !m_taskId.isEmpty(); }

private:
    void taskFinished(const QString &taskId);
    void showFullLog(const QString &text);

    Engine &m_engine;
    RequestContext m_ctx;
    QString m_instanceId;
    QString m_taskId; // the newest request's task; empty when none is out
    QString m_fullTaskId; // View Full Log's request
    QSpinBox *m_lines;
    QPushButton *m_go;
    QLabel *m_state;
    QPlainTextEdit *m_text;
    QPushButton *m_full;
    QPointer<QPlainTextEdit> m_fullView;
};

} // namespace sd

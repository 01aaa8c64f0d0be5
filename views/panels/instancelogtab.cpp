#include "instancelogtab.h"

#include "appsettings.h"

#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "tasks/taskrunner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

InstanceLogTab::InstanceLogTab(Engine &engine, const RequestContext &ctx, const QString &instanceId,
                               QWidget *parent)
    : QWidget(parent), m_engine(engine), m_ctx(ctx), m_instanceId(instanceId), m_lines(new QSpinBox(this)),
      m_go(new QPushButton(tr("Go"), this)), m_state(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_full(new QPushButton(tr("View Full Log"), this))
{
    setObjectName(QStringLiteral("InstanceLogTab"));
    // Horizon's "Log Length", starting at Settings › Log Lines Per Instance.
    m_lines->setRange(1, 100000);
    m_lines->setValue(AppSettings::logLines());
    m_full->setObjectName(QStringLiteral("ViewFullLogButton"));
    m_full->setToolTip(tr("The whole console log in a window of its own"));
    m_lines->setObjectName(QStringLiteral("LogLinesBox"));
    m_go->setObjectName(QStringLiteral("LogGoButton"));
    m_text->setObjectName(QStringLiteral("ConsoleLogText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Log length (lines):"), this));
    row->addWidget(m_lines);
    row->addWidget(m_go);
    row->addWidget(m_state, 1);
    row->addWidget(m_full);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    connect(m_go, &QPushButton::clicked, this, &InstanceLogTab::refresh);
    connect(m_full, &QPushButton::clicked, this, &InstanceLogTab::viewFullLog);
    connect(&engine.tasks(), &TaskRunner::taskFinished, this, &InstanceLogTab::taskFinished);
}

void InstanceLogTab::refresh()
{
    auto task = m_engine.instances().consoleLog(m_ctx.withNewRequestId(), m_instanceId, m_lines->value());
    if (!task) {
        m_taskId.clear();
        m_state->clear();
        m_text->setPlainText(task.error().message);
        return;
    }
    m_taskId = *task;
    m_state->setText(tr("Reading the console log from the host…"));
}

void InstanceLogTab::viewFullLog()
{
    auto task = m_engine.instances().consoleLog(m_ctx.withNewRequestId(), m_instanceId, 100000);
    if (!task) {
        m_state->setText(task.error().message);
        return;
    }
    m_fullTaskId = *task;
    m_state->setText(tr("Reading the whole console log from the host…"));
}

void InstanceLogTab::showFullLog(const QString &text)
{
    if (!m_fullView) {
        m_fullView = new QPlainTextEdit;
        m_fullView->setObjectName(QStringLiteral("FullConsoleLog"));
        m_fullView->setAttribute(Qt::WA_DeleteOnClose);
        m_fullView->setReadOnly(true);
        m_fullView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fullView->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_fullView->resize(900, 640);
        connect(this, &QObject::destroyed, m_fullView.data(), &QWidget::close);
    }
    m_fullView->setWindowTitle(tr("Console log of %1").arg(m_instanceId));
    m_fullView->setPlainText(text.isEmpty() ? tr("The console has printed nothing yet.") : text);
    m_fullView->show();
    m_fullView->raise();
}

void InstanceLogTab::taskFinished(const QString &taskId)
{
    if (!m_fullTaskId.isEmpty() && taskId == m_fullTaskId) {
        m_fullTaskId.clear();
        m_state->clear();
        auto result = m_engine.tasks().wait(taskId);
        if (!result)
            m_state->setText(result.error().message);
        else
            showFullLog(result->toString());
        return;
    }
    if (taskId != m_taskId)
        return;
    m_taskId.clear();
    m_state->clear();
    // The task has ended, so wait() returns its result at once.
    auto result = m_engine.tasks().wait(taskId);
    if (!result) {
        m_text->setPlainText(result.error().message);
        return;
    }
    const QString text = result->toString();
    m_text->setPlainText(text.isEmpty() ? tr("The console has printed nothing yet.") : text);
}

QString InstanceLogTab::text() const
{
    return m_text->toPlainText();
}

} // namespace sd

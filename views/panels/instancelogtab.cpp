#include "instancelogtab.h"

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
      m_go(new QPushButton(tr("Go"), this)), m_state(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("InstanceLogTab"));
    // Horizon's "Log Length" default (Settings › Log Lines Per Instance).
    m_lines->setRange(1, 100000);
    m_lines->setValue(35);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    connect(m_go, &QPushButton::clicked, this, &InstanceLogTab::refresh);
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

void InstanceLogTab::taskFinished(const QString &taskId)
{
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

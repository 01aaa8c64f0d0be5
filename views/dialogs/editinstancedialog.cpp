#include "editinstancedialog.h"

#include "compute/instance/instanceservice.h"
#include "core/namecheck.h"
#include "engine.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

EditInstanceDialog::EditInstanceDialog(Engine &engine, const RequestContext &ctx, const Instance &instance,
                                       QWidget *parent)
    : FormDialog(tr("Edit Instance %1").arg(instance.name), tr("Save"), parent), m_engine(engine), m_ctx(ctx),
      m_instance(instance), m_name(new QLineEdit(instance.name, this)),
      m_description(new QPlainTextEdit(instance.description, this))
{
    setObjectName(QStringLiteral("EditInstanceDialog"));
    setIntro(tr("You can change the name and the description of the instance. The guest's hostname stays "
                "what it was at launch."));
    m_name->setObjectName(QStringLiteral("InstanceNameEdit"));
    m_description->setObjectName(QStringLiteral("InstanceDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    form()->addRow(tr("Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &EditInstanceDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditInstanceDialog::updateOk);
    updateOk();
}

QString EditInstanceDialog::problem() const
{
    if (auto name = InstanceService::validateName(m_name->text().trimmed()); !name)
        return name.error().message;
    auto description = checkedText(tr("Description"), m_description->toPlainText());
    return description ? QString() : description.error().message;
}

bool EditInstanceDialog::submit()
{
    InstanceUpdate change;
    if (m_name->text().trimmed() != m_instance.name)
        change.name = m_name->text().trimmed();
    if (m_description->toPlainText() != m_instance.description)
        change.description = m_description->toPlainText();
    if (!change.name && !change.description)
        return true;
    auto result = m_engine.instances().update(m_ctx.withNewRequestId(), m_instance.id, change);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

#include "groupdialog.h"

#include "engine.h"
#include "identity/groupservice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

GroupDialog::GroupDialog(Engine &engine, const RequestContext &ctx, const std::optional<Group> &group,
                         QWidget *parent)
    : FormDialog(group ? tr("Edit Group %1").arg(group->name) : tr("Create Group"),
                 group ? tr("Save") : tr("Create Group"), parent),
      m_engine(engine), m_ctx(ctx), m_group(group), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this))
{
    setObjectName(group ? QStringLiteral("EditGroupDialog") : QStringLiteral("CreateGroupDialog"));
    if (!group)
        setIntro(tr("A role given to a group on a project is held by each of its members."));
    m_name->setObjectName(QStringLiteral("GroupNameEdit"));
    m_description->setObjectName(QStringLiteral("DescriptionEdit"));
    if (group) {
        m_name->setText(group->name);
        m_description->setText(group->description);
    }
    form()->addRow(tr("Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &GroupDialog::updateOk);
    updateOk();
}

QString GroupDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter a group name.") : QString();
}

bool GroupDialog::submit()
{
    const GroupSpec spec{m_name->text().trimmed(), m_description->text()};
    const auto ctx = m_ctx.withNewRequestId();
    auto result =
        m_group ? m_engine.groups().update(ctx, m_group->id, spec) : m_engine.groups().create(ctx, spec);
    if (!result) {
        showError(result.error());
        return false;
    }
    return true;
}

} // namespace sd

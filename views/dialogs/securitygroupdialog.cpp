#include "securitygroupdialog.h"

#include "core/namecheck.h"
#include "engine.h"
#include "network/securitygroupservice.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sd {

SecurityGroupDialog::SecurityGroupDialog(Engine &engine, const RequestContext &ctx,
                                         const std::optional<SecurityGroup> &group, QWidget *parent)
    : FormDialog(group ? tr("Edit Security Group %1").arg(group->name) : tr("Create Security Group"),
                 group ? tr("Save") : tr("Create Security Group"), parent),
      m_engine(engine), m_ctx(ctx), m_group(group), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this))
{
    setObjectName(group ? QStringLiteral("EditSecurityGroupDialog")
                        : QStringLiteral("CreateSecurityGroupDialog"));
    if (!group)
        setIntro(tr("Security groups are sets of IP filter rules that are applied to the network interfaces "
                    "of instances. A new group allows all egress and no ingress; add rules after creating "
                    "it with Manage Rules."));
    m_name->setObjectName(QStringLiteral("SecurityGroupNameEdit"));
    m_description->setObjectName(QStringLiteral("SecurityGroupDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    if (group) {
        m_name->setText(group->name);
        m_description->setPlainText(group->description);
        // Neutron refuses to rename the default group; say so before the user tries.
        if (group->name == QLatin1String("default")) {
            m_name->setReadOnly(true);
            m_name->setToolTip(tr("The default group keeps its name: every project has one"));
        }
    }
    form()->addRow(tr("Name *"), m_name);
    form()->addRow(tr("Description"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &SecurityGroupDialog::updateOk);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SecurityGroupDialog::updateOk);
    updateOk();
}

QString SecurityGroupDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name for the security group.");
    if (auto name = checkedName(tr("Security group name"), m_name->text().trimmed()); !name)
        return name.error().message;
    if (auto text = checkedText(tr("Security group description"), m_description->toPlainText()); !text)
        return text.error().message;
    return {};
}

bool SecurityGroupDialog::submit()
{
    const auto ctx = m_ctx.withNewRequestId();
    const QString name = m_name->text().trimmed();
    auto result = m_group
                      ? m_engine.securityGroups().update(ctx, m_group->id, name, m_description->toPlainText())
                      : m_engine.securityGroups().create(ctx, name, m_description->toPlainText());
    if (!result) {
        showError(result.error());
        return false;
    }
    emit groupSaved(result->id, result->name);
    return true;
}

} // namespace sd

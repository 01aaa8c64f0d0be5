#include "createservergroupdialog.h"

#include "models/servergroupmodel.h"

#include "compute/servergroupservice.h"
#include "core/namecheck.h"
#include "engine.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sd {

CreateServerGroupDialog::CreateServerGroupDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Server Group"), tr("Create Server Group"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_policies(new QButtonGroup(this)),
      m_policyNames(ServerGroupService::policies())
{
    setObjectName(QStringLiteral("CreateServerGroupDialog"));
    setIntro(
        tr("A server group tells the scheduler where to place the instances launched into it: together "
           "on one host (affinity), for fast traffic between them, or spread over hosts (anti-affinity), "
           "so one host failing does not take them all. Instances join a group when they are launched."));
    m_name->setObjectName(QStringLiteral("ServerGroupNameEdit"));
    form()->addRow(tr("Name *"), m_name);

    auto *choices = new QWidget(this);
    auto *layout = new QVBoxLayout(choices);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < m_policyNames.size(); ++i) {
        const QString &policy = m_policyNames.at(i);
        auto *button = new QRadioButton(ServerGroupModel::policyLabel(policy), choices);
        button->setObjectName(QStringLiteral("Policy-") + policy);
        auto *explanation = new QLabel(ServerGroupModel::policyExplanation(policy), choices);
        explanation->setObjectName(QStringLiteral("HintLabel"));
        explanation->setWordWrap(true);
        // Indented under its radio button, so it reads as that choice's explanation.
        explanation->setContentsMargins(24, 0, 0, 6);
        m_policies->addButton(button, i);
        layout->addWidget(button);
        layout->addWidget(explanation);
    }
    // Horizon preselects nothing; anti-affinity is what most groups are made for, so start there.
    choosePolicy(QStringLiteral("anti-affinity"));
    form()->addRow(tr("Policy *"), choices);

    connect(m_name, &QLineEdit::textChanged, this, &CreateServerGroupDialog::updateOk);
    connect(m_policies, &QButtonGroup::idClicked, this, &CreateServerGroupDialog::updateOk);
    updateOk();
}

void CreateServerGroupDialog::choosePolicy(const QString &policy)
{
    if (QAbstractButton *button = m_policies->button(int(m_policyNames.indexOf(policy))))
        button->setChecked(true);
    updateOk();
}

QString CreateServerGroupDialog::chosenPolicy() const
{
    const int id = m_policies->checkedId();
    return id >= 0 ? m_policyNames.at(id) : QString();
}

QString CreateServerGroupDialog::problem() const
{
    if (auto name = checkedName(tr("Server group name"), m_name->text()); !name)
        return name.error().message;
    if (chosenPolicy().isEmpty())
        return tr("Choose a policy.");
    return {};
}

QString CreateServerGroupDialog::visibleProblem() const
{
    return m_name->text().isEmpty() ? QString() : problem();
}

bool CreateServerGroupDialog::submit()
{
    auto created = m_engine.serverGroups().create(m_ctx.withNewRequestId(), m_name->text(), chosenPolicy());
    if (!created) {
        showError(created.error());
        return false;
    }
    emit serverGroupCreated(created->id, created->name);
    return true;
}

} // namespace sd

#include "projectform.h"

#include "core/namecheck.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sd {

ProjectForm::ProjectForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_enabled(new QCheckBox(tr("Enabled"), this)), m_nameError(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectForm"));
    m_name->setObjectName(QStringLiteral("ProjectNameEdit"));
    m_description->setObjectName(QStringLiteral("ProjectDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_enabled->setObjectName(QStringLiteral("ProjectEnabledBox"));
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("Users cannot log in to a disabled project"));
    m_nameError->setObjectName(QStringLiteral("FieldError"));
    m_nameError->setWordWrap(true);
    m_nameError->setVisible(false);

    auto *nameBox = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameError);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Name *"), nameBox);
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), m_enabled);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &ProjectForm::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProjectForm::validate);
    connect(m_enabled, &QCheckBox::toggled, this, &ProjectForm::changed);
    validate();
}

void ProjectForm::setTakenNames(const QStringList &names, const QString &ownName)
{
    m_taken = names;
    m_ownName = ownName;
    validate();
}

ProjectSpec ProjectForm::spec() const
{
    return ProjectSpec{m_name->text().trimmed(), m_description->toPlainText(), m_enabled->isChecked()};
}

void ProjectForm::setSpec(const ProjectSpec &spec)
{
    m_name->setText(spec.name);
    m_description->setPlainText(spec.description);
    m_enabled->setChecked(spec.enabled);
}

void ProjectForm::setReadOnly(bool readOnly)
{
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_enabled->setEnabled(!readOnly);
}

void ProjectForm::validate()
{
    const QString name = m_name->text().trimmed();
    auto checked = checkedName(tr("Project name"), m_name->text());
    auto description = checkedText(tr("Project description"), m_description->toPlainText());
    QString nameProblem;
    if (!checked)
        nameProblem = checked.error().message;
    else if (name != m_ownName && m_taken.contains(name))
        nameProblem = tr("Project name '%1' is already used; choose another name").arg(name);
    m_problem = !nameProblem.isEmpty() ? nameProblem : description ? QString() : description.error().message;
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(m_nameTouched && !nameProblem.isEmpty());
    emit changed();
}

} // namespace sd

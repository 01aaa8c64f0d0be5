#include "instancepasswordfields.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sd {

InstancePasswordFields::InstancePasswordFields(QFormLayout *form, const QString &label, QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_confirm(new QLineEdit(parent))
{
    for (QLineEdit *edit : {m_password, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &InstancePasswordFields::changed);
    }
    m_password->setObjectName(QStringLiteral("AdminPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("AdminPasswordConfirmEdit"));
    m_password->setPlaceholderText(tr("optional"));
    form->addRow(label, m_password);
    form->addRow(tr("Confirm Password"), m_confirm);
}

QString InstancePasswordFields::password() const
{
    return m_password->text();
}

QString InstancePasswordFields::problem() const
{
    if (m_password->text() != m_confirm->text())
        return tr("Passwords do not match.");
    return {};
}

} // namespace sd

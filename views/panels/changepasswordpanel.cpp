#include "changepasswordpanel.h"

#include "widgets/passwordpair.h"

#include "engine.h"
#include "identity/userservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ChangePasswordPanel::ChangePasswordPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Settings"), tr("Change Password"), parent), m_engine(engine), m_ctx(ctx),
      m_current(new QLineEdit(this)), m_passwords(new PasswordPair(engine.users(), this)),
      m_error(new QLabel(this)), m_change(new QPushButton(tr("Change"), this))
{
    setObjectName(QStringLiteral("ChangePasswordPanel"));
    m_current->setObjectName(QStringLiteral("CurrentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_change->setObjectName(QStringLiteral("ChangePasswordButton"));
    m_change->setDefault(true);

    auto *intro =
        new QLabel(tr("Changing the password of %1 signs you out everywhere; sign in again with the "
                      "new password.")
                       .arg(ctx.userName),
                   this);
    intro->setObjectName(QStringLiteral("HintLabel"));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Current password *"), m_current);
    form->addRow(tr("New password *"), m_passwords->passwordEdit());
    form->addRow(tr("Confirm new password *"), m_passwords->confirmEdit());
    form->addRow(QString(), m_error);
    // The button at its own size, under the fields, like Horizon's form footer.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_change);
    buttonRow->addStretch(1);
    form->addRow(QString(), buttonRow);

    auto *box = new QWidget(this);
    box->setMaximumWidth(560);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(12);
    boxLayout->addWidget(intro);
    boxLayout->addLayout(form);
    body()->addWidget(box);
    body()->addStretch(1);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordPanel::update);
    connect(m_passwords, &PasswordPair::changed, this, &ChangePasswordPanel::update);
    for (QLineEdit *edit : {m_current, m_passwords->passwordEdit(), m_passwords->confirmEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &ChangePasswordPanel::submit);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordPanel::submit);
    update();
}

QString ChangePasswordPanel::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString ChangePasswordPanel::problem() const
{
    if (m_current->text().isEmpty())
        return tr("Enter your current password.");
    if (const QString p = m_passwords->problem(); !p.isEmpty())
        return p;
    if (m_current->text() == m_passwords->password())
        return tr("Old password and new password must be different"); // Horizon's words
    return {};
}

void ChangePasswordPanel::update()
{
    const QString p = problem();
    m_change->setEnabled(p.isEmpty());
    m_change->setToolTip(p);
    QString shown = m_passwords->visibleProblem();
    if (shown.isEmpty() && !m_passwords->confirmEdit()->text().isEmpty() && !m_current->text().isEmpty())
        shown = p;
    m_error->setText(shown);
    m_error->setVisible(!shown.isEmpty());
}

void ChangePasswordPanel::submit()
{
    if (!problem().isEmpty())
        return;
    auto r =
        m_engine.users().changePassword(m_ctx.withNewRequestId(), m_current->text(), m_passwords->password());
    if (!r) {
        // Cleared first: clearing re-checks the form, which would hide the engine's words.
        m_current->clear();
        m_current->setFocus();
        m_error->setText(r.error().message);
        m_error->setToolTip(r.error().details);
        m_error->setVisible(true);
        return;
    }
    m_current->clear();
    m_passwords->clear();
    emit signOutRequested(tr("Password changed. Please log in again to continue."));
}

} // namespace sd

#include "logindialog.h"

#include "appsettings.h"
#include "dialogfit.h"
#include "icons.h"

#include "engine.h"
#include "identity/authservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

LoginDialog::LoginDialog(Engine &engine, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_message(new QLabel(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_project(new QLineEdit(this)), m_error(new QLabel(this)),
      m_signIn(new QPushButton(tr("Sign In"), this))
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("Sign In — StackDesk"));
    setWindowIcon(Icons::get(QStringLiteral("stackdesk")));
    setMinimumWidth(440);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::get(QStringLiteral("stackdesk")).pixmap(40, 40));
    auto *title = new QLabel(tr("Sign in to StackDesk"), this);
    title->setObjectName(QStringLiteral("PanelTitle"));
    auto *where = new QLabel(engine.isDemo()
                                 ? tr("Demo lab in %1").arg(QDir::toNativeSeparators(engine.dataDir().path()))
                                 : QDir::toNativeSeparators(engine.dataDir().path()),
                             this);
    where->setObjectName(QStringLiteral("HintLabel"));
    where->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(where);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    m_message->setObjectName(QStringLiteral("LoginMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    // A local style: an information box, not an error (the theme has none to borrow).
    m_message->setStyleSheet(QStringLiteral("#LoginMessage { background: #eff6ff; border: 1px solid #bfdbfe; "
                                            "border-radius: 4px; padding: 6px 8px; color: #1e3a8a; }"));
    m_user->setObjectName(QStringLiteral("LoginUserEdit"));
    m_user->setText(AppSettings::lastUser());
    m_password->setObjectName(QStringLiteral("LoginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_project->setObjectName(QStringLiteral("LoginProjectEdit"));
    m_project->setPlaceholderText(tr("Your primary project"));
    m_project->setToolTip(tr("The project to work in; leave empty for your primary project. You can switch "
                             "project in the header later."));
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_signIn->setObjectName(QStringLiteral("SignInButton"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("User Name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Project"), m_project);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);

    if (engine.isDemo()) {
        m_demoAdmin = new QPushButton(tr("Sign in as the demo administrator"), this);
        m_demoAdmin->setObjectName(QStringLiteral("DemoAdminButton"));
        m_demoAdmin->setAutoDefault(false);
        connect(m_demoAdmin, &QPushButton::clicked, this, &LoginDialog::signInAsDemoAdministrator);
        const QString readme =
            QDir::toNativeSeparators(engine.dataDir().path() + QStringLiteral("/README.txt"));
        auto *note = new QLabel(
            tr("The demo lab's users and passwords (admin, and the member demo) are in %1.").arg(readme),
            this);
        note->setObjectName(QStringLiteral("HintLabel"));
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setStyleSheet(QStringLiteral("color: #e2e8f0;"));
        layout->addWidget(line);
        layout->addWidget(note);
        layout->addWidget(m_demoAdmin, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
    // The remembered user only needs the password.
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LoginDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LoginDialog::updateButton()
{
    const bool ready = !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_signIn->setEnabled(ready);
    m_signIn->setToolTip(ready ? QString() : tr("Enter your user name and password."));
}

void LoginDialog::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    m_error->setVisible(false);
    // Checking an argon2id hash takes a moment of CPU on purpose; say so with the cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session =
        m_engine.auth().login(m_user->text().trimmed(), m_password->text(), m_project->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!session) {
        showError(session.error().message, session.error().details);
        // Horizon keeps the name and asks for the password again.
        m_password->clear();
        m_password->setFocus();
        return;
    }
    AppSettings::setLastUser(session->context.userName);
    m_session = *session;
    accept();
}

void LoginDialog::signInAsDemoAdministrator()
{
    auto ctx = m_engine.localAdminContext();
    if (!ctx) {
        showError(ctx.error().message, ctx.error().details);
        return;
    }
    m_session = Session{QString(), *ctx, {}, {}};
    accept();
}

void LoginDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
    growToFit(this);
}

} // namespace sd

#include "signinflow.h"

#include "dialogs/logindialog.h"
#include "mainwindow.h"

namespace sd {

SignInFlow::SignInFlow(Engine &engine, QObject *parent) : QObject(parent), m_engine(engine) {}

SignInFlow::~SignInFlow()
{
    delete m_window;
    delete m_login;
}

LoginDialog *SignInFlow::loginDialog() const
{
    return m_login;
}

MainWindow *SignInFlow::mainWindow() const
{
    return m_window;
}

void SignInFlow::start(const QString &message)
{
    delete m_login;
    m_login = new LoginDialog(m_engine);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setMessage(message);
    connect(m_login, &QDialog::accepted, this, &SignInFlow::openMainWindow);
    connect(m_login, &QDialog::rejected, this, &SignInFlow::finished);
    m_login->show();
    emit loginShown(m_login);
}

void SignInFlow::openMainWindow()
{
    m_window = new MainWindow(m_engine, m_login->session());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signedOut, this, [this](const QString &reason) {
        m_signingOut = true;
        // Before the window closes, so the application always has a window open.
        start(reason);
    });
    connect(m_window, &MainWindow::closed, this, [this] {
        if (!m_signingOut)
            emit finished();
        m_signingOut = false;
    });
    m_window->show();
    emit mainWindowShown(m_window);
}

} // namespace sd

#pragma once

#include <QObject>
#include <QPointer>

namespace sd {

class Engine;
class LoginDialog;
class MainWindow;

// The life of a desktop session in one process: the login dialog, then the main window; Sign Out (or a
// changed password) brings the login dialog back; closing the login dialog or the window ends the
// application. Windows are shown with show(), never exec(): the event loop stays main()'s.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    explicit SignInFlow(Engine &engine, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Shows the login dialog; message (why the user is asked to sign in) is shown above the form.
    void start(const QString &message = {});

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;

Q_SIGNALS:
    // Nothing is left open: the user quit.
    void finished();
    // For tests and start-up timing: each window as it is shown.
    void loginShown(LoginDialog *dialog);
    void mainWindowShown(MainWindow *window);

private:
    void openMainWindow();

    Engine &m_engine;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    bool m_signingOut = false;
};

} // namespace sd

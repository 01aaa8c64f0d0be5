// Signing in: the login dialog refuses a wrong password with the engine's words, signs the demo member in
// with the password from the demo lab's README, remembers the user name but never the password, and
// offers the demo administrator in the demo lab. The sign-in flow brings the dialog back after Sign Out.

#include "demoreadme.h"
#include "viewtestlab.h"

#include "appsettings.h"
#include "dialogs/logindialog.h"
#include "mainwindow.h"
#include "signinflow.h"
#include "widgets/headerbar.h"

#include "identity/authservice.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

using namespace sd;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    QString demoPassword;

    static void fill(LoginDialog &dialog, const QString &user, const QString &password,
                     const QString &project = {})
    {
        dialog.userEdit()->setText(user);
        dialog.passwordEdit()->setText(password);
        dialog.projectEdit()->setText(project);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        // As main() does: windows come and go between sign-ins.
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(lab.open());
        demoPassword = test::demoPassword(lab.engine->dataDir().path(), QStringLiteral("Member"));
        QVERIFY(!demoPassword.isEmpty());
    }

    void refusesAWrongPasswordWithTheEnginesMessage()
    {
        LoginDialog dialog(*lab.engine);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(!dialog.signInButton()->isEnabled()); // nothing typed yet
        fill(dialog, QStringLiteral("demo"), QStringLiteral("not the password"));
        QVERIFY(dialog.signInButton()->isEnabled());
        dialog.signInButton()->click();
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(dialog.errorText(), QStringLiteral("Login as demo failed: wrong user name or password"));
        // The name stays, the password is asked for again.
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("demo"));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("login/lastUser")));
    }

    void refusesAProjectWithoutARole()
    {
        LoginDialog dialog(*lab.engine);
        fill(dialog, QStringLiteral("demo"), demoPassword, QStringLiteral("admin"));
        dialog.signInButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), QStringLiteral("User demo has no role in project admin"));
    }

    void signsTheDemoMemberInToTheirPrimaryProject()
    {
        LoginDialog dialog(*lab.engine);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        fill(dialog, QStringLiteral("demo"), demoPassword);
        dialog.signInButton()->click();
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!dialog.isDemoAdministrator());
        const Session &session = dialog.session();
        QCOMPARE(session.context.userName, QStringLiteral("demo"));
        QCOMPARE(session.context.projectName, QStringLiteral("demo"));
        QCOMPARE(session.context.roles, QStringList{QStringLiteral("member")});
        QVERIFY(lab.engine->auth().validate(session.token).ok());
        QVERIFY(lab.engine->auth().revoke(session.token).ok());

        // The user name is remembered, and only the user name.
        QCOMPARE(QSettings().value(QStringLiteral("login/lastUser")).toString(), QStringLiteral("demo"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(demoPassword), qPrintable(key));
        LoginDialog again(*lab.engine);
        QCOMPARE(again.userEdit()->text(), QStringLiteral("demo"));
        QVERIFY(again.passwordEdit()->text().isEmpty());
    }

    void offersTheDemoAdministratorAndSaysWhereThePasswordsAre()
    {
        LoginDialog dialog(*lab.engine);
        QVERIFY(dialog.demoAdminButton());
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *l) {
            return l->text().contains(lab.engine->dataDir().path() + QStringLiteral("/README.txt"));
        }));
        dialog.demoAdminButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.isDemoAdministrator());
        QCOMPARE(dialog.session().context.userName, QStringLiteral("admin"));
        QVERIFY(dialog.session().context.isAdmin());
    }

    void signOutRevokesTheTokenAndShowsTheLoginDialogAgain()
    {
        SignInFlow flow(*lab.engine);
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(flow.loginDialog());
        QVERIFY(flow.loginDialog()->messageText().isEmpty());
        fill(*flow.loginDialog(), QStringLiteral("demo"), demoPassword);
        flow.loginDialog()->signInButton()->click();
        QPointer<MainWindow> window = flow.mainWindow();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        const QString token = window->token();
        QVERIFY(lab.engine->auth().validate(token).ok());

        emit window->headerBar()->signOutRequested();
        QVERIFY(!lab.engine->auth().validate(token).ok());
        QTRY_VERIFY(!window); // closed and deleted
        QVERIFY(flow.loginDialog());
        QVERIFY(flow.loginDialog()->isVisible());
        QCOMPARE(flow.loginDialog()->messageText(), QStringLiteral("You have signed out."));
        QCOMPARE(finished.size(), 0);

        // The same process signs in again; closing the dialog then ends the application.
        flow.loginDialog()->demoAdminButton()->click();
        QVERIFY(flow.mainWindow());
        QCOMPARE(flow.mainWindow()->context().userName, QStringLiteral("admin"));
        flow.mainWindow()->close();
        QCOMPARE(finished.size(), 1);
    }

    void closingTheLoginDialogFinishes()
    {
        SignInFlow flow(*lab.engine);
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        flow.loginDialog()->reject();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!flow.mainWindow());
    }
};

SD_GUI_TEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"

// Settings › Change Password: Horizon's checks and messages, the engine's refusal of a wrong current
// password, and on success the request to sign out (the engine has ended the user's sessions).

#include "demoreadme.h"
#include "viewtestlab.h"

#include "panels/changepasswordpanel.h"
#include "widgets/passwordpair.h"

#include "identity/authservice.h"
#include "identity/userservice.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace sd;

class TestChangePasswordPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    QString demoPassword;

    Session signInDemo(const QString &password)
    {
        auto session = lab.engine->auth().login(QStringLiteral("demo"), password);
        return session.ok() ? *session : Session();
    }

    static void fill(ChangePasswordPanel &panel, const QString &current, const QString &next,
                     const QString &confirm)
    {
        panel.currentEdit()->setText(current);
        panel.passwords()->passwordEdit()->setText(next);
        panel.passwords()->confirmEdit()->setText(confirm);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        demoPassword = test::demoPassword(lab.engine->dataDir().path(), QStringLiteral("Member"));
        QVERIFY(!demoPassword.isEmpty());
    }

    void horizonsChecksAsTheUserTypes()
    {
        const Session session = signInDemo(demoPassword);
        ChangePasswordPanel panel(*lab.engine, session.context);
        QVERIFY(!panel.changeButton()->isEnabled());
        fill(panel, demoPassword, QStringLiteral("new password 1"), QStringLiteral("new password 2"));
        QCOMPARE(panel.errorText(), QStringLiteral("Passwords do not match."));
        QVERIFY(!panel.changeButton()->isEnabled());
        fill(panel, demoPassword, QStringLiteral("short"), QStringLiteral("short"));
        QCOMPARE(panel.errorText(),
                 lab.engine->users().checkPassword(QStringLiteral("short")).error().message);
        fill(panel, demoPassword, demoPassword, demoPassword);
        QCOMPARE(panel.errorText(), QStringLiteral("Old password and new password must be different"));
        QVERIFY(!panel.changeButton()->isEnabled());
        (void)lab.engine->auth().revoke(session.token);
    }

    void wrongCurrentPasswordShowsTheEnginesMessage()
    {
        const Session session = signInDemo(demoPassword);
        ChangePasswordPanel panel(*lab.engine, session.context);
        QSignalSpy signOut(&panel, &ChangePasswordPanel::signOutRequested);
        fill(panel, QStringLiteral("not my password"), QStringLiteral("brand new password"),
             QStringLiteral("brand new password"));
        QVERIFY(panel.changeButton()->isEnabled());
        panel.changeButton()->click();
        QCOMPARE(panel.errorText(),
                 QStringLiteral("Current password: does not match; your password was not changed"));
        QCOMPARE(signOut.size(), 0);
        QVERIFY(lab.engine->auth().validate(session.token).ok());
        (void)lab.engine->auth().revoke(session.token);
    }

    void successSignsOut()
    {
        const Session session = signInDemo(demoPassword);
        ChangePasswordPanel panel(*lab.engine, session.context);
        QSignalSpy signOut(&panel, &ChangePasswordPanel::signOutRequested);
        const QString next = QStringLiteral("brand new password");
        fill(panel, demoPassword, next, next);
        panel.changeButton()->click();
        QCOMPARE(signOut.size(), 1);
        QCOMPARE(signOut.first().first().toString(),
                 QStringLiteral("Password changed. Please log in again to continue."));
        QVERIFY(panel.currentEdit()->text().isEmpty());
        // The engine ended the session; the new password signs in.
        QVERIFY(!lab.engine->auth().validate(session.token).ok());
        const Session again = signInDemo(next);
        QVERIFY(!again.token.isEmpty());
        (void)lab.engine->auth().revoke(again.token);
    }
};

SD_GUI_TEST_MAIN(TestChangePasswordPanel)
#include "tst_changepasswordpanel.moc"

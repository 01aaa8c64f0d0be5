#pragma once

// The identity part of sd_screenshots: the login dialog, Identity › Users, Groups, Roles and Settings ›
// Change Password, with a few users and groups so the tables look like a class's cloud.

#include "dialogs/createuserdialog.h"
#include "dialogs/groupmembersdialog.h"
#include "dialogs/logindialog.h"
#include "mainwindow.h"
#include "panels/changepasswordpanel.h"
#include "panels/groupspanel.h"
#include "panels/rolespanel.h"
#include "panels/tablepane.h"
#include "panels/userspanel.h"
#include "widgets/passwordpair.h"

#include "engine.h"
#include "identity/groupservice.h"
#include "identity/roleservice.h"
#include "identity/userservice.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace sd::test {

inline void seedIdentity(Engine &engine, const RequestContext &admin)
{
    const struct
    {
        const char *name, *email, *description;
    } people[] = {{"alice", "alice@school.example", "Student, group A"},
                  {"bob", "bob@school.example", "Student, group A"},
                  {"carol", "carol@school.example", "Teaching assistant"},
                  {"dave", "", "Student, group B"}};
    for (const auto &p : people) {
        UserSpec spec;
        spec.name = QLatin1String(p.name);
        spec.email = QLatin1String(p.email);
        spec.description = QLatin1String(p.description);
        spec.password = QStringLiteral("a long password");
        spec.primaryProject = QStringLiteral("demo");
        (void)engine.users().create(admin, spec);
        (void)engine.roles().assignToUser(admin, spec.name, QStringLiteral("demo"), QStringLiteral("member"));
    }
    UserUpdate off;
    off.enabled = false;
    (void)engine.users().update(admin, QStringLiteral("dave"), off);
    (void)engine.groups().create(admin,
                                 GroupSpec{QStringLiteral("group-a"), QStringLiteral("Students of group A")});
    (void)engine.groups().create(
        admin, GroupSpec{QStringLiteral("assistants"), QStringLiteral("Read the admin project")});
    for (const char *name : {"alice", "bob"})
        (void)engine.groups().addUser(admin, QStringLiteral("group-a"), QLatin1String(name));
    (void)engine.groups().addUser(admin, QStringLiteral("assistants"), QStringLiteral("carol"));
    (void)engine.roles().assignToGroup(admin, QStringLiteral("assistants"), QStringLiteral("admin"),
                                       QStringLiteral("reader"));
    (void)engine.roles().create(admin, QStringLiteral("auditor"));
}

// save: the caller's function that waits a moment and writes widget's PNG.
template <typename Save>
bool shootIdentity(Engine &engine, const RequestContext &admin, MainWindow &window, const QString &out,
                   Save save)
{
    seedIdentity(engine, admin);
    bool ok = true;

    {
        LoginDialog login(engine);
        login.setMessage(QObject::tr("You have signed out."));
        login.userEdit()->setText(QStringLiteral("demo"));
        login.show();
        ok = QTest::qWaitForWindowExposed(&login) && save(&login, out + QStringLiteral("/login.png")) && ok;
        login.passwordEdit()->setText(QStringLiteral("wrong"));
        login.signInButton()->click();
        ok = save(&login, out + QStringLiteral("/login-error.png")) && ok;
    }

    window.showPanel(QStringLiteral("identity/users"));
    auto *users = window.findChild<UsersPanel *>();
    users->selectUsers({QStringLiteral("carol")});
    ok = save(&window, out + QStringLiteral("/users.png")) && ok;

    auto *create = new CreateUserDialog(engine, admin, &window);
    create->setAttribute(Qt::WA_DeleteOnClose);
    create->show();
    ok = QTest::qWaitForWindowExposed(create) && ok;
    create->nameEdit()->setText(QStringLiteral("erin"));
    create->emailEdit()->setText(QStringLiteral("erin@school.example"));
    create->passwords()->passwordEdit()->setText(QStringLiteral("erin's password"));
    create->passwords()->confirmEdit()->setText(QStringLiteral("erin's passwort"));
    ok = save(create, out + QStringLiteral("/createuser-mismatch.png")) && ok;
    create->passwords()->passwordEdit()->setText(QStringLiteral("short"));
    create->passwords()->confirmEdit()->setText(QStringLiteral("short"));
    ok = save(create, out + QStringLiteral("/createuser-weak.png")) && ok;
    create->close();

    window.showPanel(QStringLiteral("identity/groups"));
    auto *groups = window.findChild<GroupsPanel *>();
    groups->table()->selectByName({QStringLiteral("group-a")});
    ok = save(&window, out + QStringLiteral("/groups.png")) && ok;
    auto *members = new GroupMembersDialog(
        engine, admin, engine.groups().show(admin, QStringLiteral("group-a"))->id, &window);
    members->setAttribute(Qt::WA_DeleteOnClose);
    members->show();
    ok = QTest::qWaitForWindowExposed(members) && ok;
    members->usersList()->item(0)->setSelected(true);
    ok = save(members, out + QStringLiteral("/groupmembers.png")) && ok;
    members->close();

    window.showPanel(QStringLiteral("identity/roles"));
    window.findChild<RolesPanel *>()->table()->selectByName({QStringLiteral("member")});
    ok = save(&window, out + QStringLiteral("/roles.png")) && ok;

    window.showPanel(QStringLiteral("settings/password"));
    auto *password = window.findChild<ChangePasswordPanel *>();
    password->currentEdit()->setText(QStringLiteral("current one"));
    password->passwords()->passwordEdit()->setText(QStringLiteral("new password 1"));
    password->passwords()->confirmEdit()->setText(QStringLiteral("new password 2"));
    ok = save(&window, out + QStringLiteral("/changepassword.png")) && ok;
    return ok;
}

} // namespace sd::test

#pragma once

// The key pairs part of sd_screenshots: Project › Compute › Key Pairs with generated and imported keys,
// Create Key Pair (and a refused name), the private key shown once, Import Public Key with a refused and
// an accepted key, Details and the delete confirmation.

#include "dialogs/createkeypairdialog.h"
#include "dialogs/importkeypairdialog.h"
#include "dialogs/keypairdetailsdialog.h"
#include "dialogs/privatekeydialog.h"
#include "mainwindow.h"
#include "panels/keypairactions.h"
#include "panels/keypairspanel.h"
#include "panels/tablepane.h"
#include "shothelpers.h"

#include "compute/keypairservice.h"
#include "compute/sshkeys.h"
#include "engine.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace sd::test {

inline void seedKeyPairs(Engine &engine, const RequestContext &admin)
{
    KeyPairSpec laptop;
    laptop.name = QStringLiteral("laptop");
    (void)engine.keyPairs().create(admin, laptop);
    KeyPairSpec build;
    build.name = QStringLiteral("ci-runner");
    build.type = KeyPairSpec::Type::Rsa;
    build.rsaBits = 3072;
    (void)engine.keyPairs().create(admin, build);
    KeyPairSpec imported;
    imported.name = QStringLiteral("alice@workstation");
    imported.publicKey =
        SshKeys::generate(SshKeys::Type::Ed25519)->publicKey.line() + QStringLiteral(" alice@ws");
    (void)engine.keyPairs().create(admin, imported);
}

// save: the caller's function that waits a moment and writes widget's PNG.
template <typename Save>
bool shootKeyPairs(Engine &engine, const RequestContext &admin, MainWindow &window, const QString &out,
                   Save save)
{
    seedKeyPairs(engine, admin);
    bool ok = window.showPanel(QStringLiteral("project/key-pairs"));
    auto *panel = window.findChild<KeyPairsPanel *>();
    if (!panel)
        return false;
    panel->table()->selectByName({QStringLiteral("laptop")});
    ok = save(&window, out + QStringLiteral("/keypairs.png")) && ok;

    {
        CreateKeyPairDialog dialog(engine, admin, &window);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("my key/2"));
        ok = save(&dialog, out + QStringLiteral("/createkeypair-invalid.png")) && ok;
        dialog.nameEdit()->setText(QStringLiteral("build-server"));
        dialog.typeCombo()->setCurrentIndex(1);
        ok = save(&dialog, out + QStringLiteral("/createkeypair.png")) && ok;
        dialog.reject();
    }
    {
        KeyPairSpec spec;
        spec.name = QStringLiteral("build-server");
        auto created = engine.keyPairs().create(admin, spec);
        if (!created)
            return false;
        PrivateKeyDialog dialog(spec.name, created->privateKey, &window);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        ok = save(&dialog, out + QStringLiteral("/privatekey.png")) && ok;
        // Copied, so closing does not ask.
        dialog.copyButton()->click();
        ok = save(&dialog, out + QStringLiteral("/privatekey-copied.png")) && ok;
        dialog.reject();
    }
    {
        ImportKeyPairDialog dialog(engine, admin, &window);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        const QString good =
            SshKeys::generate(SshKeys::Type::Ed25519)->publicKey.line() + QStringLiteral(" bob@lab");
        dialog.nameEdit()->setText(QStringLiteral("bob"));
        dialog.keyEdit()->setPlainText(QStringLiteral("ssh-rsa ") + good.section(QLatin1Char(' '), 1));
        ok = save(&dialog, out + QStringLiteral("/importkeypair-invalid.png")) && ok;
        dialog.keyEdit()->setPlainText(good);
        ok = save(&dialog, out + QStringLiteral("/importkeypair.png")) && ok;
        dialog.reject();
    }
    {
        auto key = engine.keyPairs().show(admin, QStringLiteral("ci-runner"));
        if (!key)
            return false;
        KeyPairDetailsDialog dialog(*key, &window);
        dialog.show();
        ok = QTest::qWaitForWindowExposed(&dialog) && ok;
        ok = save(&dialog, out + QStringLiteral("/keypairdetails.png")) && ok;
        dialog.reject();
    }

    panel->table()->selectByName({QStringLiteral("laptop"), QStringLiteral("ci-runner")});
    ok = shootConfirmation(panel, panel->actions()->deleteAction(),
                           QStringLiteral("DeleteKeyPairConfirmation"),
                           out + QStringLiteral("/deletekeypairs.png"), save) &&
         ok;
    return ok;
}

} // namespace sd::test

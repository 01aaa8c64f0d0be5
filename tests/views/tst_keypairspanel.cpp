// Project › Compute › Key Pairs: the table, Create Key Pair with its private key shown once (copied,
// saved 0600), Import Public Key checked live by the engine's parser, Details, bulk Delete with its
// confirmation, and the user's own key pairs only.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/createkeypairdialog.h"
#include "dialogs/importkeypairdialog.h"
#include "dialogs/keypairdetailsdialog.h"
#include "dialogs/privatekeydialog.h"
#include "mainwindow.h"
#include "models/keypairmodel.h"
#include "models/tablefilterproxy.h"
#include "panels/keypairactions.h"
#include "panels/keypairspanel.h"
#include "panels/tablepane.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/navigationtree.h"

#include "compute/keypairservice.h"
#include "compute/sshkeys.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace sd;

class TestKeyPairsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    QTemporaryDir files;
    std::unique_ptr<KeyPairsPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> modelTester;

    QSortFilterProxyModel *proxy() const { return panel->table()->proxy(); }
    QStringList column(int c) const
    {
        QStringList cells;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            cells.append(proxy()->index(row, c).data().toString());
        return cells;
    }
    static QString newPublicKey() { return SshKeys::generate(SshKeys::Type::Ed25519)->publicKey.line(); }
    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    template <typename T> T *trigger(QAction *action)
    {
        action->trigger();
        auto *dialog = test::openedDialog<T>(panel.get());
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        QVERIFY(lab.open());
        panel = std::make_unique<KeyPairsPanel>(*lab.engine, lab.admin);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->resize(1100, 600);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init()
    {
        for (QDialog *dialog : panel->findChildren<QDialog *>())
            dialog->deleteLater();
        deleteClosedDialogs();
    }

    void cleanupTestCase()
    {
        modelTester.reset();
        panel.reset();
    }

    void startsEmptyWithHorizonsColumns()
    {
        QCOMPARE(test::headerTexts(proxy()), (QStringList{"Name", "Type", "Fingerprint"}));
        QCOMPARE(proxy()->rowCount(), 0);
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 0 items"));
        KeyPairActions *a = panel->actions();
        QVERIFY(a->createAction()->isVisible() && a->createAction()->isEnabled());
        QVERIFY(a->importAction()->isVisible() && a->importAction()->isEnabled());
        QVERIFY(!a->deleteAction()->isEnabled());
        QVERIFY(!a->detailsAction()->isEnabled());
    }

    void createShowsThePrivateKeyOnce()
    {
        auto *dialog = trigger<CreateKeyPairDialog>(panel->actions()->createAction());
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().isEmpty()); // nothing typed: no red text yet
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("a/b"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->problemText(),
                 QStringLiteral("Key pair name 'a/b': use letters, digits, spaces, '-', '_', '.', '@'"));
        dialog->nameEdit()->setText(QStringLiteral("laptop"));
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->typeCombo()->currentText(), QStringLiteral("ED25519 (recommended)"));
        dialog->okButton()->click();

        auto *keyDialog = test::openedDialog<PrivateKeyDialog>(panel.get());
        QVERIFY(keyDialog);
        const QString privateKey = keyDialog->keyText()->toPlainText();
        QVERIFY(privateKey.startsWith(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----")));
        QVERIFY(keyDialog->keyText()->isReadOnly());
        QVERIFY(!keyDialog->keyWasKept());
        const auto labels = keyDialog->findChildren<QLabel *>(QStringLiteral("WarningBox"));
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first()->text().contains(QStringLiteral("cannot show it again")));

        // Save… writes it readable by the owner only.
        const QString path = files.filePath(QStringLiteral("laptop.pem"));
        QVERIFY(keyDialog->saveTo(path));
        QCOMPARE(keyDialog->savedPath(), path);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(saved.readAll()), privateKey);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QVERIFY(keyDialog->keyWasKept());
        keyDialog->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), privateKey);
        keyDialog->reject();
        QVERIFY(!keyDialog->isVisible());

        // The row is there and selected; the engine has the public half only.
        QCOMPARE(column(KeyPairModel::Name), QStringList{"laptop"});
        QVERIFY(column(KeyPairModel::Type).first().startsWith(QStringLiteral("ssh (ED25519 256)")));
        const auto stored = lab.engine->keyPairs().show(lab.admin, QStringLiteral("laptop"));
        QVERIFY(stored.ok());
        QCOMPARE(column(KeyPairModel::Fingerprint).first(), stored->fingerprint);
        QCOMPARE(panel->selectedKeyPairs().size(), 1);
    }

    void aDuplicateNameStaysInTheDialog()
    {
        auto *dialog = trigger<CreateKeyPairDialog>(panel->actions()->createAction());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("laptop"));
        dialog->okButton()->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("'laptop' already exists")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!panel->findChild<PrivateKeyDialog *>());
        dialog->reject();
    }

    void importChecksTheKeyAsItIsTyped()
    {
        auto *dialog = trigger<ImportKeyPairDialog>(panel->actions()->importAction());
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->keyVerdict().isEmpty());
        const QString good = newPublicKey();
        dialog->nameEdit()->setText(QStringLiteral("desktop"));
        // Truncated as a careless copy would: the engine's parser says so under the box.
        dialog->keyEdit()->setPlainText(good.left(good.size() - 12));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->keyVerdict().contains(QStringLiteral("copy the whole line again")),
                 qPrintable(dialog->keyVerdict()));
        dialog->keyEdit()->setPlainText(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"));
        QVERIFY(dialog->keyVerdict().contains(QStringLiteral("this is a private key")));
        dialog->keyEdit()->setPlainText(QStringLiteral("ssh-rsa ") + good.section(QLatin1Char(' '), 1, 1));
        QVERIFY(dialog->keyVerdict().contains(QStringLiteral("the line says 'ssh-rsa'")));
        QVERIFY(!dialog->okButton()->isEnabled());

        dialog->keyEdit()->setPlainText(good);
        const QString fingerprint = SshKeys::parsePublicKey(good)->fingerprint;
        QVERIFY2(dialog->keyVerdict().contains(QStringLiteral("ED25519 256 key, fingerprint ") + fingerprint),
                 qPrintable(dialog->keyVerdict()));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(column(KeyPairModel::Name).contains(QStringLiteral("desktop")));
        QCOMPARE(lab.engine->keyPairs().show(lab.admin, QStringLiteral("desktop"))->publicKey, good);
    }

    void importLoadsAPubFileAndNamesTheKeyAfterIt()
    {
        const QString path = files.filePath(QStringLiteral("id_work.pub"));
        QFile pub(path);
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write((newPublicKey() + QStringLiteral(" me@work\n")).toUtf8());
        pub.close();
        auto *dialog = trigger<ImportKeyPairDialog>(panel->actions()->importAction());
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(path));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("id_work"));
        QVERIFY(dialog->keyVerdict().contains(QStringLiteral("me@work")));
        QVERIFY(!dialog->loadFile(files.filePath(QStringLiteral("missing.pub"))));
        QVERIFY(dialog->keyVerdict().contains(QStringLiteral("missing.pub")));
        dialog->reject();
    }

    void detailsShowThePublicKey()
    {
        panel->table()->selectByName({QStringLiteral("desktop")});
        QVERIFY(panel->actions()->detailsAction()->isEnabled());
        auto *details = trigger<KeyPairDetailsDialog>(panel->actions()->detailsAction());
        QVERIFY(details);
        QCOMPARE(details->publicKeyText()->toPlainText(),
                 lab.engine->keyPairs().show(lab.admin, QStringLiteral("desktop"))->publicKey);
        QVERIFY(details->windowTitle().contains(QStringLiteral("desktop")));
        details->reject();
    }

    void theModelFollowsTheEngineAndTheFilterWorks()
    {
        KeyPairSpec spec;
        spec.name = QStringLiteral("from-cli");
        spec.publicKey = newPublicKey();
        QVERIFY(lab.engine->keyPairs().create(lab.admin, spec).ok());
        QVERIFY(column(KeyPairModel::Name).contains(QStringLiteral("from-cli")));
        // Another user's key pair (an administrator made it for demo) is not in this user's table.
        spec.name = QStringLiteral("for-demo");
        spec.user = QStringLiteral("demo");
        QVERIFY(lab.engine->keyPairs().create(lab.admin, spec).ok());
        QVERIFY(!column(KeyPairModel::Name).contains(QStringLiteral("for-demo")));
        panel->table()->filterEdit()->setText(QStringLiteral("CLI"));
        QCOMPARE(column(KeyPairModel::Name), QStringList{"from-cli"});
        QCOMPARE(panel->table()->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        panel->table()->filterEdit()->clear();
        QVERIFY(lab.engine->keyPairs().remove(lab.admin, QStringLiteral("from-cli")).ok());
        QVERIFY(!column(KeyPairModel::Name).contains(QStringLiteral("from-cli")));
    }

    void deletesManyAfterOneConfirmation()
    {
        panel->table()->selectByName({QStringLiteral("laptop"), QStringLiteral("desktop")});
        QCOMPARE(panel->actions()->deleteAction()->text(), QStringLiteral("Delete Key Pairs…"));
        panel->actions()->deleteAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("DeleteKeyPairConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Delete 2 key pairs")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("laptop")) &&
                box->text().contains(QStringLiteral("desktop")));
        QVERIFY(box->informativeText().contains(QStringLiteral("keep the public key")));
        QAbstractButton *remove = test::destructiveButton(box);
        QVERIFY(remove);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        remove->click();
        QCOMPARE(proxy()->rowCount(), 0);
        QVERIFY(lab.engine->keyPairs().list(lab.admin)->isEmpty());
    }

    void everyUserGetsThePanelInProjectCompute()
    {
        MainWindow admin(*lab.engine, lab.admin);
        const QStringList keys = admin.navigation()->panelKeys();
        QCOMPARE(keys.indexOf(QStringLiteral("project/key-pairs")),
                 keys.indexOf(QStringLiteral("project/images")) + 1);
        const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        MainWindow window(*lab.engine, member);
        auto *memberPanel = qobject_cast<KeyPairsPanel *>(window.panel(QStringLiteral("project/key-pairs")));
        QVERIFY(memberPanel);
        // demo sees the key pair made for them, and only that.
        QCOMPARE(memberPanel->model()->rowCount(), 1);
        QCOMPARE(memberPanel->model()->itemAt(0).name, QStringLiteral("for-demo"));
        QVERIFY(memberPanel->actions()->createAction()->isVisible());
    }
};

SD_GUI_TEST_MAIN(TestKeyPairsPanel)
#include "tst_keypairspanel.moc"

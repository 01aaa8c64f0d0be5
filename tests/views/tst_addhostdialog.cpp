// Add Host: validation as the user types, the engine's refusals in the dialog, and a real add.

#include "viewtestlab.h"

#include "dialogs/addhostdialog.h"
#include "dialogs/hostform.h"
#include "models/hostmodel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace sd;

class TestAddHostDialog : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
    }

    void startsWithNovaDefaults()
    {
        AddHostDialog dialog(*lab.engine, lab.admin);
        const HostSpec spec = dialog.form()->spec();
        QCOMPARE(spec.availabilityZone, QStringLiteral("nova"));
        QCOMPARE(spec.cpuAllocationRatio, 16.0);
        QCOMPARE(spec.ramAllocationRatio, 1.5);
        QCOMPARE(spec.diskAllocationRatio, 1.0);
        QCOMPARE(spec.reservedHostMemoryMb, 512);
        QCOMPARE(spec.reservedHostDiskMb, 0);
        // Empty: OK is disabled and says why, but no error is shouted at an untouched form.
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.okButton()->toolTip().isEmpty());
        QVERIFY(dialog.form()->nameError()->isHidden());
        QVERIFY(dialog.form()->uriEdit()->placeholderText().contains(
            QStringLiteral("qemu+ssh://user@host/system")));
    }

    void refusesABadName()
    {
        AddHostDialog dialog(*lab.engine, lab.admin);
        dialog.show();
        type(dialog.form()->uriEdit(), QStringLiteral("test:///default"));
        type(dialog.form()->nameEdit(), QStringLiteral("bad name!"));
        QVERIFY(dialog.form()->nameError()->isVisible());
        QVERIFY(dialog.form()->nameError()->text().contains(QStringLiteral("bad name!")));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.okButton()->toolTip(), dialog.form()->nameError()->text());
        type(dialog.form()->nameEdit(), QStringLiteral("compute-9"));
        QVERIFY(dialog.form()->nameError()->isHidden());
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void refusesABadUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("words");
        QTest::newRow("not a URI") << "compute-9"
                                   << "not a libvirt URI";
        QTest::newRow("other driver") << "xen:///system"
                                      << "not supported";
        QTest::newRow("ssh without host") << "qemu+ssh:///system"
                                          << "needs a host name";
    }

    void refusesABadUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, words);
        AddHostDialog dialog(*lab.engine, lab.admin);
        dialog.show();
        type(dialog.form()->nameEdit(), QStringLiteral("compute-9"));
        type(dialog.form()->uriEdit(), uri);
        QVERIFY(dialog.form()->uriError()->isVisible());
        QVERIFY2(dialog.form()->uriError()->text().contains(words),
                 qPrintable(dialog.form()->uriError()->text()));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void showsTheEnginesRefusalAndStaysOpen()
    {
        AddHostDialog dialog(*lab.engine, lab.admin);
        dialog.show();
        type(dialog.form()->nameEdit(), QStringLiteral("compute-1")); // taken by the demo lab
        type(dialog.form()->uriEdit(), QStringLiteral("test:///default"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("already used")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.form()->isEnabled());
        QVERIFY(!dialog.isRunning());
    }

    void addsASimulatedHost()
    {
        HostModel model(*lab.engine, lab.admin);
        QCOMPARE(model.rowCount(), 3);
        AddHostDialog dialog(*lab.engine, lab.admin);
        dialog.show();
        type(dialog.form()->nameEdit(), QStringLiteral("compute-4"));
        type(dialog.form()->uriEdit(), QStringLiteral("test:///default"));
        type(dialog.form()->zoneEdit(), QStringLiteral("zone-c"));
        dialog.okButton()->click();
        QVERIFY(dialog.isRunning() || dialog.result() == QDialog::Accepted);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_COMPARE(model.rowCount(), 4);
        auto host = lab.engine->hosts().show(lab.admin, QStringLiteral("compute-4"));
        QVERIFY(host.ok());
        QCOMPARE(host->record.availabilityZone, QStringLiteral("zone-c"));
    }
};

SD_GUI_TEST_MAIN(TestAddHostDialog)
#include "tst_addhostdialog.moc"

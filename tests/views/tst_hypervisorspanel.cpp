// Admin › Hypervisors: the demo hosts, the summary donuts, the details pane and the row actions.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "dialogs/disablehostdialog.h"
#include "dialogs/edithostdialog.h"
#include "dialogs/hostform.h"
#include "models/hostfilterproxy.h"
#include "models/hostmodel.h"
#include "panels/hostactions.h"
#include "panels/hostdetailspane.h"
#include "panels/hypervisorspanel.h"
#include "panels/hypervisorsummary.h"
#include "widgets/filteredit.h"
#include "widgets/itemcountlabel.h"
#include "widgets/usagedonut.h"

#include <QAction>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace sd;

class TestHypervisorsPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    std::unique_ptr<HostModel> model;
    std::unique_ptr<HypervisorsPanel> panel;

    QString statusOf(const QString &name) const
    {
        const QAbstractItemModel *proxy = panel->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, 0).data().toString() == name)
                return proxy->index(row, 3).data().toString(); // Hostname, Type, State, Status
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        QVERIFY(lab.waitUntilAllUp());
        model = std::make_unique<HostModel>(*lab.engine, lab.admin);
        panel = std::make_unique<HypervisorsPanel>(*lab.engine, lab.admin, model.get());
        panel->resize(1200, 800);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void cleanupTestCase()
    {
        panel.reset();
        model.reset();
    }

    void showsTheThreeDemoHosts()
    {
        QCOMPARE(panel->view()->model()->rowCount(), 3);
        QCOMPARE(panel->proxy()->columnCount(), 10);
        QCOMPARE(panel->proxy()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Hostname"));
        QCOMPARE(panel->proxy()->headerData(9, Qt::Horizontal).toString(), QStringLiteral("URI"));
        QCOMPARE(panel->countLabel()->text(), QStringLiteral("Displaying 3 items"));
        panel->filterEdit()->setText(QStringLiteral("compute-2"));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        QCOMPARE(panel->countLabel()->text(), QStringLiteral("Displaying 1 item"));
        panel->filterEdit()->clear();
        QCOMPARE(panel->view()->model()->rowCount(), 3);
    }

    void donutsSumTheDemoHosts()
    {
        HypervisorSummary *summary = panel->summary();
        QCOMPARE(summary->vcpuDonut()->total(), 16.0 + 8 + 32);
        QCOMPARE(summary->memoryDonut()->total(), double((64 + 32 + 128) * 1024));
        QVERIFY(summary->memoryDonut()->caption().endsWith(QStringLiteral("of 224 GB")));
        QVERIFY(summary->vcpuDonut()->caption().endsWith(QStringLiteral("of 56")));
        QVERIFY(summary->diskDonut()->total() > 0);
        // Reserved host memory counts as used, as in Nova.
        QVERIFY(summary->memoryDonut()->used() >= 3 * 512);
    }

    void actionsFollowTheSelection()
    {
        HostActions *actions = panel->actions();
        panel->selectHosts({});
        QVERIFY(actions->addAction()->isEnabled());
        QVERIFY(!actions->editAction()->isEnabled());
        QVERIFY(!actions->disableAction()->isEnabled());
        QVERIFY(!actions->enableAction()->isEnabled());
        QVERIFY(!actions->removeAction()->isEnabled());

        panel->selectHosts({QStringLiteral("compute-1")});
        QVERIFY(actions->editAction()->isEnabled());
        QVERIFY(actions->disableAction()->isEnabled());
        QVERIFY(!actions->enableAction()->isEnabled()); // already enabled
        QVERIFY(actions->removeAction()->isEnabled());

        panel->selectHosts({QStringLiteral("compute-1"), QStringLiteral("compute-2")});
        QCOMPARE(panel->selectedHosts().size(), 2);
        QVERIFY(!actions->editAction()->isEnabled()); // one host at a time
        QVERIFY(actions->disableAction()->isEnabled());
        QVERIFY(actions->removeAction()->isEnabled());
    }

    void detailsShowTheSelectedHost()
    {
        panel->selectHosts({QStringLiteral("compute-1")});
        const auto caps = panel->details()->capabilities();
        QCOMPARE(caps.size(), 8);
        QCOMPARE(caps.first().first, QStringLiteral("Device hotplug"));
        // A simulated host holds floating IPs in the model only.
        QCOMPARE(caps.last(),
                 (std::pair<QString, bool>(QStringLiteral("Floating IP NAT (nftables)"), false)));
        QCOMPARE(panel->details()->simulatedNote(),
                 QStringLiteral("Simulated host: actions the test driver lacks are simulated by StackDesk"));
        // The demo hosts carry StackDesk's domains only.
        auto *foreign = panel->details()->findChild<QLabel *>(QStringLiteral("ForeignDomainsLabel"));
        QVERIFY(foreign);
        QCOMPARE(foreign->text(), QStringLiteral("none"));
        panel->selectHosts({QStringLiteral("compute-1"), QStringLiteral("compute-2")});
        QVERIFY(panel->details()->capabilities().isEmpty());
    }

    void disableWithAReasonUpdatesTheStatus()
    {
        panel->selectHosts({QStringLiteral("compute-2"), QStringLiteral("compute-3")});
        panel->actions()->disableAction()->trigger();
        auto *dialog = panel->findChild<DisableHostDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("firmware upgrade"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();

        QTRY_COMPARE(statusOf(QStringLiteral("compute-2")), QStringLiteral("disabled"));
        QCOMPARE(statusOf(QStringLiteral("compute-3")), QStringLiteral("disabled"));
        QCOMPARE(statusOf(QStringLiteral("compute-1")), QStringLiteral("enabled"));
        // The gates moved with the hosts' state, without the selection changing.
        QVERIFY(panel->actions()->enableAction()->isEnabled());
        QVERIFY(!panel->actions()->disableAction()->isEnabled());

        panel->actions()->enableAction()->trigger();
        QTRY_COMPARE(statusOf(QStringLiteral("compute-2")), QStringLiteral("enabled"));
        QCOMPARE(statusOf(QStringLiteral("compute-3")), QStringLiteral("enabled"));
    }

    void editChangesOnlyWhatChanged()
    {
        panel->selectHosts({QStringLiteral("compute-1")});
        panel->actions()->editAction()->trigger();
        auto *dialog = panel->findChild<EditHostDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->form()->uriEdit()->isReadOnly());
        dialog->form()->zoneEdit()->setText(QStringLiteral("zone-c"));
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(lab.engine->hosts().show(lab.admin, QStringLiteral("compute-1"))->record.availabilityZone,
                 QStringLiteral("zone-c"));
        QCOMPARE(panel->selectedHosts().value(0).record.availabilityZone, QStringLiteral("zone-c"));
    }

    void removeAsksFirstThenRemoves()
    {
        panel->selectHosts({QStringLiteral("compute-3")});
        panel->actions()->removeAction()->trigger();
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("RemoveHostConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("compute-3")));
        QAbstractButton *remove = test::destructiveButton(box);
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE(panel->view()->model()->rowCount(), 2);
        QTRY_COMPARE(panel->summary()->vcpuDonut()->total(), 16.0 + 8);
    }
};

SD_GUI_TEST_MAIN(TestHypervisorsPanel)
#include "tst_hypervisorspanel.moc"

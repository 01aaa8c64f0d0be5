// Admin › System › Default Quotas: Horizon's three tabs with the 18 resources under their labels,
// "Unlimited" for -1, and Update Default Quotas for administrators only.

#include "demoreadme.h"
#include "viewtestlab.h"

#include "dialogs/defaultquotasdialog.h"
#include "models/quotalabels.h"
#include "models/quotamodel.h"
#include "panels/defaultquotaspanel.h"
#include "theme.h"
#include "widgets/quotaeditor.h"

#include "quota/quotaservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace sd;
using G = QuotaResource::Group;

namespace {
// The tab as text, one "label = limit" per row, so a failure shows the whole table.
QStringList dump(const QuotaModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, QuotaModel::Name).data().toString() + QStringLiteral(" = ") +
                    model->index(row, QuotaModel::Limit).data().toString();
    return rows;
}
} // namespace

class TestDefaultQuotasPanel : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    std::unique_ptr<DefaultQuotasPanel> panel;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        panel = std::make_unique<DefaultQuotasPanel>(*lab.engine, lab.admin);
        panel->resize(1000, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    // Closed dialogs delete themselves later; finish that, so findChild() finds the next one.
    void init() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    void cleanupTestCase() { panel.reset(); }

    void modelsPassTheModelTester()
    {
        for (G group : QuotaLabels::groups()) {
            QuotaModel model(group);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setLines(*lab.engine->quotas().defaults(lab.admin));
            QVERIFY(model.rowCount() > 0);
            auto lines = *lab.engine->quotas().defaults(lab.admin);
            for (QuotaLine &line : lines)
                line.limit = -1;
            model.setLines(lines); // same rows: only dataChanged
            model.setLines({});    // rows gone: a reset
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void showsTheEighteenResourcesOnThreeTabs()
    {
        QCOMPARE(panel->tabs()->count(), 3);
        QCOMPARE(panel->tabs()->tabText(0), QStringLiteral("Compute"));
        QCOMPARE(panel->tabs()->tabText(1), QStringLiteral("Volume"));
        QCOMPARE(panel->tabs()->tabText(2), QStringLiteral("Network"));
        QCOMPARE(panel->model(G::Compute)->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Quota Name"));
        QCOMPARE(panel->model(G::Compute)->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Limit"));
        QCOMPARE(dump(panel->model(G::Compute)),
                 (QStringList{QStringLiteral("Instances = 10"), QStringLiteral("vCPUs = 20"),
                              QStringLiteral("RAM (MB) = %1").arg(QLocale().toString(51200)),
                              QStringLiteral("Key Pairs = 100"), QStringLiteral("Server Groups = 10"),
                              QStringLiteral("Server Group Members = 10"),
                              QStringLiteral("Metadata Items = 128")}));
        QCOMPARE(dump(panel->model(G::Volume)),
                 (QStringList{QStringLiteral("Volumes = 10"), QStringLiteral("Volume Snapshots = 10"),
                              QStringLiteral("Total Size of Volumes and Snapshots (GiB) = %1")
                                  .arg(QLocale().toString(1000)),
                              QStringLiteral("Volume Backups = 10")}));
        QCOMPARE(dump(panel->model(G::Network)),
                 (QStringList{QStringLiteral("Networks = 100"), QStringLiteral("Subnets = 100"),
                              QStringLiteral("Ports = 500"), QStringLiteral("Routers = 10"),
                              QStringLiteral("Floating IPs = 50"), QStringLiteral("Security Groups = 10"),
                              QStringLiteral("Security Group Rules = 100")}));
        int total = 0;
        for (G group : QuotaLabels::groups())
            total += panel->model(group)->rowCount();
        QCOMPARE(total, 18);
        QCOMPARE(panel->view(G::Volume)->model(), panel->model(G::Volume));
    }

    void unlimitedReadsUnlimited()
    {
        QAbstractItemModelTester tester(panel->model(G::Compute),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(lab.engine->quotas().setDefaults(lab.admin, {{QStringLiteral("key_pairs"), -1}}).ok());
        panel->reload();
        QCOMPARE(panel->model(G::Compute)->index(3, QuotaModel::Limit).data().toString(),
                 QStringLiteral("Unlimited"));
        QCOMPARE(
            panel->model(G::Compute)->index(3, QuotaModel::Limit).data(QuotaModel::LimitRole).toLongLong(),
            -1);
    }

    void updateDefaultQuotasChangesInstances()
    {
        QVERIFY(panel->updateAction()->isVisible());
        panel->updateAction()->trigger();
        auto *dialog = panel->findChild<DefaultQuotasDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->count(), 3);
        QSpinBox *instances = dialog->editor()->spinBox(QStringLiteral("instances"));
        QCOMPARE(instances->value(), 10);
        QCOMPARE(dialog->editor()->spinBox(QStringLiteral("key_pairs"))->text(), QStringLiteral("Unlimited"));
        instances->setValue(25);
        QCOMPARE(dialog->editor()->changedLimits().keys(), QStringList{QStringLiteral("instances")});
        dialog->okButton()->click();
        QTRY_VERIFY(!dialog->isVisible());

        qint64 limit = 0;
        const auto defaults = lab.engine->quotas().defaults(lab.admin);
        QVERIFY(defaults.ok());
        for (const QuotaLine &line : *defaults)
            if (line.resource == QLatin1String("instances"))
                limit = line.limit;
        QCOMPARE(limit, 25);
        QCOMPARE(panel->model(G::Compute)->index(0, QuotaModel::Limit).data().toString(),
                 QStringLiteral("25"));
    }

    void aMemberSeesTheDefaultsButCannotChangeThem()
    {
        auto demo =
            lab.engine->login(QStringLiteral("demo"),
                              test::demoPassword(lab.engine->dataDir().path(), QStringLiteral("Member")),
                              QStringLiteral("demo"));
        QVERIFY(demo.ok());
        DefaultQuotasPanel memberPanel(*lab.engine, *demo);
        QVERIFY(!memberPanel.updateAction()->isVisible());
        QCOMPARE(memberPanel.model(G::Compute)->rowCount(), 7);
    }

    // Not a check: with SD_SHOTS_DIR set, writes PNGs of the panel and its dialog for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SD_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("set SD_SHOTS_DIR to write screenshots");
        QDir().mkpath(dir);
        Theme::apply(*qApp);
        panel->tabs()->setCurrentIndex(0);
        QTest::qWait(200);
        QVERIFY(panel->grab().save(dir + QStringLiteral("/default-quotas.png")));
        panel->updateAction()->trigger();
        auto *dialog = panel->findChild<DefaultQuotasDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/update-default-quotas.png")));
        dialog->reject();
    }
};

SD_GUI_TEST_MAIN(TestDefaultQuotasPanel)
#include "tst_defaultquotaspanel.moc"

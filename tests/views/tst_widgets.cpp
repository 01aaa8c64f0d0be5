// Small widgets and helpers: sizes, the navigation's order, the donut, and notification banners.

#include "viewtestlab.h"

#include "icons.h"
#include "units.h"
#include "widgets/navigationtree.h"
#include "widgets/notificationarea.h"
#include "widgets/notificationbanner.h"
#include "widgets/usagedonut.h"

#include <QApplication>
#include <QToolButton>

using namespace sd;

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesReadLikeAnAdministratorWrites_data()
    {
        QTest::addColumn<qint64>("mb");
        QTest::addColumn<QString>("text");
        QTest::newRow("MB") << qint64(512) << "512 MB";
        QTest::newRow("GB") << qint64(1536) << "1.5 GB";
        QTest::newRow("whole GB") << qint64(64 * 1024) << "64 GB";
        QTest::newRow("TB") << qint64(2 * 1024 * 1024) << "2 TB";
        QTest::newRow("zero") << qint64(0) << "0 MB";
    }

    void sizesReadLikeAnAdministratorWrites()
    {
        QFETCH(qint64, mb);
        QFETCH(QString, text);
        QCOMPARE(Units::megabytes(mb), text);
    }

    void iconsAreShipped()
    {
        for (const char *name :
             {"stackdesk", "panel-hypervisors", "state-up", "check", "cross", "action-add"})
            QVERIFY2(!Icons::get(QLatin1String(name)).pixmap(16, 16).isNull(), name);
    }

    void navigationKeepsHorizonsOrder()
    {
        NavigationTree tree;
        tree.addPanel(NavigationTree::Section::Settings, QString(), QStringLiteral("settings/user"),
                      QStringLiteral("User Settings"), QIcon());
        tree.addPanel(NavigationTree::Section::Admin, QStringLiteral("System"), QStringLiteral("admin/info"),
                      QStringLiteral("System Information"), QIcon());
        tree.addPanel(NavigationTree::Section::Admin, QStringLiteral("Compute"), QStringLiteral("admin/hv"),
                      QStringLiteral("Hypervisors"), QIcon());
        QCOMPARE(tree.sectionTitles(), (QStringList{"Admin", "Settings"}));
        tree.addPanel(NavigationTree::Section::Project, QStringLiteral("Compute"),
                      QStringLiteral("project/x"), QStringLiteral("Instances"), QIcon());
        QCOMPARE(tree.sectionTitles(), (QStringList{"Project", "Admin", "Settings"}));
        QVERIFY(tree.selectPanel(QStringLiteral("admin/hv")));
        QCOMPARE(tree.currentPanel(), QStringLiteral("admin/hv"));
        QVERIFY(!tree.selectPanel(QStringLiteral("nope")));
    }

    void donutShowsUsedOfTotal()
    {
        UsageDonut donut(QStringLiteral("vCPU Usage"));
        donut.setUsage(3, 56, QStringLiteral("3"), QStringLiteral("56"));
        QCOMPARE(donut.caption(), QStringLiteral("Used 3 of 56"));
        QCOMPARE(donut.total(), 56.0);
        donut.setUsage(0, 0, QStringLiteral("0"), QStringLiteral("0")); // no hosts up: no division by zero
        QCOMPARE(donut.caption(), QStringLiteral("Used 0 of 0"));
    }

    void bannerHidesByItselfUnlessReadingDetails()
    {
        QWidget host;
        host.resize(800, 600);
        host.show();
        NotificationArea area(&host);
        NotificationBanner *quiet = area.show(QStringLiteral("quiet"), QString());
        NotificationBanner *read = area.show(QStringLiteral("read me"), QStringLiteral("the details"));
        QCOMPARE(area.banners().size(), 2);
        QVERIFY(!read->detailsVisible());
        read->findChild<QToolButton *>()->click(); // Details
        QVERIFY(read->detailsVisible());
        QTRY_COMPARE_WITH_TIMEOUT(area.banners().size(), 1, NotificationBanner::kAutoHideMs + 3000);
        QCOMPARE(area.banners().first()->message(), QStringLiteral("read me"));
        Q_UNUSED(quiet);
    }

    void tooManyBannersDropTheOldest()
    {
        QWidget host;
        host.resize(800, 600);
        NotificationArea area(&host);
        for (int i = 0; i < NotificationArea::kMaxBanners + 2; ++i)
            area.show(QStringLiteral("message %1").arg(i), QString());
        QCOMPARE(area.banners().size(), NotificationArea::kMaxBanners);
        QCOMPARE(area.banners().last()->message(),
                 QStringLiteral("message %1").arg(NotificationArea::kMaxBanners + 1));
    }
};

SD_GUI_TEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

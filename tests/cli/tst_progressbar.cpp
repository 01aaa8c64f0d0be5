// The text of the progress bar: what `image create` draws on a terminal, checked as literal lines (the
// drawing itself needs a terminal, which tests do not have).

#include "progressbar.h"

#include <QTest>

using namespace sd::cli;

class TestProgressBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineShowsLabelBarPercentAndRate_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("percent");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start, no rate yet")
            << QStringLiteral("Uploading") << 0 << -1.0 << 80
            << QStringLiteral("Uploading  [..............................]    0%");
        QTest::newRow("under way, with rate")
            << QStringLiteral("Uploading") << 42 << 120.0 * 1024 * 1024 << 80
            << QStringLiteral("Uploading  [############..................]   42%  120.0 MiB/s");
        QTest::newRow("done") << QStringLiteral("Saving") << 100 << -1.0 << 80
                              << QStringLiteral("Saving  [##############################]  100%");
        QTest::newRow("narrow terminal: the bar shrinks first")
            << QStringLiteral("Uploading") << 50 << 2048.0 << 41
            << QStringLiteral("Uploading  [#####.....]   50%  2.0 KiB/s");
        QTest::newRow("long phase: the label is cut")
            << QStringLiteral("Uploading: 120.0 of 300.0 MiB from a very far away place") << 40 << -1.0 << 50
            << QStringLiteral("Uploading: 120.0 of 300.0 Mi…  [####......]   40%");
        QTest::newRow("out of range percent is clamped")
            << QStringLiteral("x") << 150 << -1.0 << 80
            << QStringLiteral("x  [##############################]  100%");
    }

    void lineShowsLabelBarPercentAndRate()
    {
        QFETCH(QString, label);
        QFETCH(int, percent);
        QFETCH(double, rate);
        QFETCH(int, width);
        QFETCH(QString, expected);
        const QString line = ProgressBar::line(label, percent, rate, width);
        QCOMPARE(line, expected);
        QVERIFY(line.size() < width);
    }

    void rateUsesBinaryUnits_data()
    {
        QTest::addColumn<double>("bytesPerSecond");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bytes") << 512.0 << QStringLiteral("512.0 B/s");
        QTest::newRow("KiB") << 1536.0 << QStringLiteral("1.5 KiB/s");
        QTest::newRow("MiB") << 120.0 * 1024 * 1024 << QStringLiteral("120.0 MiB/s");
        QTest::newRow("GiB") << 2.5 * 1024 * 1024 * 1024 << QStringLiteral("2.5 GiB/s");
    }

    void rateUsesBinaryUnits()
    {
        QFETCH(double, bytesPerSecond);
        QFETCH(QString, expected);
        QCOMPARE(ProgressBar::rate(bytesPerSecond), expected);
    }
};

QTEST_GUILESS_MAIN(TestProgressBar)
#include "tst_progressbar.moc"

#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QPieSeries;

namespace sd {

// One of Horizon's usage donuts: a title, a ring filled to the used share with the percentage in its
// hole, and "Used X of Y" below.
class UsageDonut : public QWidget
{
    Q_OBJECT

public:
    explicit UsageDonut(const QString &title, QWidget *parent = nullptr);

    // usedText/totalText are the numbers as people read them ("12 GB"); used/total drive the ring.
    void setUsage(double used, double total, const QString &usedText, const QString &totalText);

    double used() const { return m_used; }
    double total() const { return m_total; }
    QString caption() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placePercent();

    QLabel *m_title;
    QChartView *m_view;
    QPieSeries *m_series;
    QLabel *m_percent;
    QLabel *m_caption;
    double m_used = 0;
    double m_total = 0;
};

} // namespace sd

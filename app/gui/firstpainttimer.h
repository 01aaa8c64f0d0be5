#pragma once

#include <QElapsedTimer>
#include <QObject>

// For `stackdesk --startup-time` (tests/bench/bench_startup): prints how long it took from main() to the
// main window's first paint, then quits.
class FirstPaintTimer : public QObject
{
public:
    explicit FirstPaintTimer(QObject *parent = nullptr);
    void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

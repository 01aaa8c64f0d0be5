#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

// For `stackdesk --startup-time` (tests/bench/bench_startup): prints how long it took from main() to a
// window's first paint ("<label> painted after N ms"), and quits after the last window watched.
class FirstPaintTimer : public QObject
{
public:
    explicit FirstPaintTimer(QObject *parent = nullptr);
    void watch(QWidget *window, const QString &label, bool quitAfterwards);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Watch
    {
        QString label;
        bool quit = false;
    };
    QElapsedTimer m_sinceStart;
    QHash<QObject *, Watch> m_watched;
};

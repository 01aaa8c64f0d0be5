#pragma once

// Waiting in the console benchmarks: the event loop runs as a GUI's does, blocked in poll() and woken the
// moment a socket is readable. QTest::qWait and qWaitFor do not do that: they process what is pending and
// then sleep 10 ms, which adds up to 10 ms to every round trip of spice-gtk (its GLib sources run in this
// thread) and batches frame deliveries. Figures taken under them would be the bench's, not the sessions'.

#include <QEventLoop>
#include <QTimer>

namespace sd::bench {

// Runs the event loop until pred() holds (checked every checkMs) or timeoutMs passed; returns pred().
template <typename Pred>
bool runUntil(Pred pred, int timeoutMs, int checkMs = 5)
{
    if (pred())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start(checkMs);
    deadline.start(timeoutMs);
    loop.exec();
    return pred();
}

// Runs the event loop for ms milliseconds, with no timer of its own in between.
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace sd::bench

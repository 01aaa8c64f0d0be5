#include "firstpainttimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FirstPaintTimer::FirstPaintTimer(QObject *parent) : QObject(parent)
{
    m_sinceStart.start();
}

void FirstPaintTimer::watch(QWidget *window, const QString &label, bool quitAfterwards)
{
    m_watched.insert(window, Watch{label, quitAfterwards});
    window->installEventFilter(this);
}

bool FirstPaintTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_watched.contains(watched)) {
        const Watch w = m_watched.take(watched);
        watched->removeEventFilter(this);
        // Report after this paint has been handled, so the figure includes painting the window.
        QTimer::singleShot(0, this, [this, w] {
            std::printf("%s painted after %.1f ms\n", qPrintable(w.label), double(m_sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            if (w.quit)
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

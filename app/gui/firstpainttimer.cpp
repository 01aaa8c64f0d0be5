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

void FirstPaintTimer::watch(QWidget *window)
{
    window->installEventFilter(this);
}

bool FirstPaintTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report after this paint has been handled, so the figure includes painting the window.
        QTimer::singleShot(0, this, [this] {
            std::printf("first paint after %.1f ms\n", double(m_sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

#pragma once

// What several *shots.h helpers of sd_screenshots do alike.

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTest>

namespace sd::test {

// Triggers action, photographs the confirmation box named objectName that it opens under parent, and
// cancels it. False when no such box opened or the picture failed.
template <typename Save>
bool shootConfirmation(QWidget *parent, QAction *action, const QString &objectName, const QString &file,
                       Save save)
{
    action->trigger();
    auto *box = parent->findChild<QMessageBox *>(objectName);
    if (!box)
        return false;
    bool ok = QTest::qWaitForWindowExposed(box);
    ok = save(box, file) && ok;
    box->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace sd::test

#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace sd {

// The one confirmation Horizon asks before a delete of one row or many: the question names what goes,
// the informative text says what happens to what depends on it, Cancel is the default, and the
// destructive button runs onConfirm. Opened window-modal; deletes itself when closed.
struct DeleteConfirmation
{
    QString objectName;  // for tests: "DeleteKeyPairConfirmation"
    QString title;       // "Delete Key Pairs"
    QString question;    // "Delete 2 key pairs: a, b?"
    QString consequence; // what happens to what uses them
    QString buttonText;  // "Delete Key Pairs"

    void open(QWidget *parent, std::function<void()> onConfirm) const;
};

} // namespace sd

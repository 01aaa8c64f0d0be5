#include "deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace sd {

void DeleteConfirmation::open(QWidget *parent, std::function<void()> onConfirm) const
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    // Names are the user's own text: never rich text.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(consequence);
    QPushButton *remove = box->addButton(buttonText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [remove, onConfirm = std::move(onConfirm)](QAbstractButton *clicked) {
                         if (clicked == remove)
                             onConfirm();
                     });
    box->open();
}

} // namespace sd

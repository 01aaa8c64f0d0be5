#pragma once

// What several GUI tests ask of the widgets under test.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QMessageBox>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace sd::test {

// The dialog an action opened with open(), parented to parent; waits up to two seconds for it.
template <typename T> T *openedDialog(QWidget *parent)
{
    for (int i = 0; i < 100; ++i) {
        if (T *dialog = parent->findChild<T *>())
            return dialog;
        QTest::qWait(20);
    }
    return nullptr;
}

// The model's column headings, left to right, so a test compares them with one list.
inline QStringList headerTexts(const QAbstractItemModel *model)
{
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers.append(model->headerData(c, Qt::Horizontal).toString());
    return headers;
}

// The confirmation's button that does the dangerous thing (Delete, Remove, Hard Reboot); nullptr if none.
inline QAbstractButton *destructiveButton(const QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            return b;
    return nullptr;
}

} // namespace sd::test

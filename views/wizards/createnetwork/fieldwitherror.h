#pragma once

#include <QWidget>

class QLabel;

namespace sd {

// A form field with the sentence that says what is wrong with it right under it (hidden while nothing
// is), for the network steps and dialogs: the message stays next to what the user has to change.
class FieldWithError : public QWidget
{
    Q_OBJECT

public:
    // hint: a grey line under the field for what it expects (shown while there is no error); optional.
    FieldWithError(QWidget *field, QWidget *parent, const QString &hint = {});

    void setError(const QString &text);
    // The error as shown; empty when hidden.
    QString error() const;
    QLabel *errorLabel() const { return m_error; }
    QWidget *field() const { return m_field; }

private:
    QWidget *m_field;
    QLabel *m_error;
    QLabel *m_hint = nullptr;
};

} // namespace sd

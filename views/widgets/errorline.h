#pragma once

#include <QLabel>

namespace sd {

// The line under a form, a wizard step or a details window that shows a refusal in the engine's words:
// red, wrapped, selectable for copying, hidden while there is none; the details are its tooltip.
class ErrorLine : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLine(QWidget *parent = nullptr);

    // An empty message hides the line.
    void setError(const QString &message, const QString &details = {});
    // The message as shown; empty when hidden.
    QString error() const;
};

} // namespace sd

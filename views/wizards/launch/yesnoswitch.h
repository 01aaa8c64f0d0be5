#pragma once

#include <QWidget>

class QRadioButton;

namespace sd {

// Horizon's Yes/No toggle of the Source step ("Create New Volume", "Delete Volume on Instance Delete"):
// two radio buttons, one of them always checked.
class YesNoSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit YesNoSwitch(bool yes, QWidget *parent = nullptr);

    bool isYes() const;
    void setYes(bool yes);
    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }

Q_SIGNALS:
    void toggled(bool yes);

private:
    QRadioButton *m_yes;
    QRadioButton *m_no;
};

} // namespace sd

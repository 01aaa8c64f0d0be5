#pragma once

#include <QWizardPage>

class QLabel;

namespace sd {

class ErrorLine;

class FlavorForm;

// Create Flavor, step 1 "Flavor Information": name, ID, sizes and description. Next and Create stay
// disabled while a field is wrong; the field says what is wrong and the page says why the buttons wait.
class FlavorInfoPage : public QWizardPage
{
    Q_OBJECT

public:
    FlavorInfoPage(const QStringList &takenNames, const QStringList &takenIds, QWidget *parent = nullptr);

    FlavorForm *form() const { return m_form; }
    QLabel *reasonLabel() const { return m_reason; }
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;

    bool isComplete() const override;

private:
    FlavorForm *m_form;
    QLabel *m_reason;
    ErrorLine *m_error;
};

} // namespace sd

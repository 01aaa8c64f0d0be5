#pragma once

#include "core/requestcontext.h"

#include <QWizardPage>

class QLabel;

namespace sd {

class ErrorLine;

class Engine;
class ProjectPicker;

// Create Flavor, step 2 "Flavor Access", as in Horizon: no project chosen makes a public flavor; choosing
// projects makes it private to them. The page says which it will be, since that cannot change later.
class FlavorAccessPage : public QWizardPage
{
    Q_OBJECT

public:
    FlavorAccessPage(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    ProjectPicker *picker() const { return m_picker; }
    bool isPublic() const;
    QLabel *visibilityLabel() const { return m_visibility; }
    void showError(const QString &message, const QString &details = {});
    QString errorText() const;

private:
    void updateVisibility();

    ProjectPicker *m_picker;
    QLabel *m_visibility;
    ErrorLine *m_error;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"

#include <QWizard>

namespace sd {

class Engine;
class FlavorAccessPage;
class FlavorInfoPage;

// Admin › Compute › Flavors › Create Flavor, Horizon's two steps: Flavor Information and Flavor Access.
// Create Flavor (on either step once the fields are valid) makes the flavor in one engine call, so a
// refusal leaves nothing behind; the refusal is shown on the current step and every field keeps what
// the user typed.
class CreateFlavorWizard : public QWizard
{
    Q_OBJECT

public:
    CreateFlavorWizard(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    FlavorInfoPage *infoPage() const { return m_info; }
    FlavorAccessPage *accessPage() const { return m_access; }
    // The error shown on the current step; empty when none.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void flavorCreated(const QString &name);

private:
    void showError(const QString &message, const QString &details = {});

    Engine &m_engine;
    RequestContext m_ctx;
    FlavorInfoPage *m_info;
    FlavorAccessPage *m_access;
};

} // namespace sd

#include "createflavorwizard.h"

#include "dialogs/flavorform.h"
#include "flavoraccesspage.h"
#include "flavorinfopage.h"
#include "widgets/projectpicker.h"
#include "widgets/wizardsteps.h"

#include "compute/flavorservice.h"
#include "engine.h"

namespace sd {

namespace {
FlavorInfoPage *infoPageFor(Engine &engine, const RequestContext &ctx, QWidget *parent)
{
    QStringList names, ids;
    if (auto list = engine.flavors().list(ctx))
        for (const Flavor &f : *list) {
            names.append(f.name);
            ids.append(f.id);
        }
    return new FlavorInfoPage(names, ids, parent);
}
} // namespace

CreateFlavorWizard::CreateFlavorWizard(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWizard(parent), m_engine(engine), m_ctx(ctx), m_info(infoPageFor(engine, ctx, this)),
      m_access(new FlavorAccessPage(engine, ctx, this))
{
    setObjectName(QStringLiteral("CreateFlavorWizard"));
    setWindowTitle(tr("Create Flavor"));
    setWizardStyle(QWizard::ModernStyle);
    // Horizon lets "Create Flavor" finish from the first step: access is optional (public).
    setOption(QWizard::HaveFinishButtonOnEarlyPages, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("Create Flavor"));
    m_info->setFinalPage(true);
    addPage(m_info);
    addPage(m_access);
    // Both steps in view, as Horizon's workflow tabs: the second decides public or private for good.
    setSideWidget(new WizardStepList(this));
    resize(900, 640);
}

QString CreateFlavorWizard::errorText() const
{
    return currentPage() == m_access ? m_access->errorText() : m_info->errorText();
}

void CreateFlavorWizard::accept()
{
    showError({});
    if (!m_info->isComplete())
        return;
    FlavorSpec spec = m_info->form()->spec();
    spec.isPublic = m_access->isPublic();
    // Ids, not names: a project renamed while the wizard is open still gets access.
    spec.projects = m_access->picker()->chosenIds();
    auto flavor = m_engine.flavors().create(m_ctx.withNewRequestId(), spec);
    if (!flavor) {
        showError(flavor.error().message, flavor.error().details);
        return;
    }
    emit flavorCreated(flavor->name);
    QWizard::accept();
}

void CreateFlavorWizard::showError(const QString &message, const QString &details)
{
    // Each step has its own error line; the message goes where the user is looking.
    m_info->showError(currentPage() == m_access ? QString() : message, details);
    m_access->showError(currentPage() == m_access ? message : QString(), details);
}

} // namespace sd

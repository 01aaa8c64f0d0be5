#include "flavoraccesspage.h"

#include "widgets/errorline.h"
#include "widgets/projectpicker.h"

#include "engine.h"
#include "identity/projectservice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

FlavorAccessPage::FlavorAccessPage(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : QWizardPage(parent), m_picker(new ProjectPicker(tr("All Projects"), tr("Selected Projects"), this)),
      m_visibility(new QLabel(this)), m_error(new ErrorLine(this))
{
    setObjectName(QStringLiteral("FlavorAccessPage"));
    setTitle(tr("Flavor Access"));
    setSubTitle(tr("Select the projects where the flavor will be used. If no projects are selected, the "
                   "flavor will be available in all projects."));
    m_visibility->setObjectName(QStringLiteral("FlavorVisibilityLabel"));
    m_visibility->setWordWrap(true);

    auto projects = engine.projects().list(ctx);
    if (projects)
        m_picker->setProjects(*projects);
    else
        showError(projects.error().message, projects.error().details);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_visibility);
    layout->addWidget(m_error);
    connect(m_picker, &ProjectPicker::changed, this, &FlavorAccessPage::updateVisibility);
    updateVisibility();
}

bool FlavorAccessPage::isPublic() const
{
    return m_picker->chosenIds().isEmpty();
}

void FlavorAccessPage::updateVisibility()
{
    // Public or private is decided here for good (as in Nova); say which, and what it means.
    const QStringList names = m_picker->chosenNames();
    m_visibility->setText(
        names.isEmpty()
            ? tr("<b>Public</b>: every project can use this flavor. This cannot be changed later.")
            : tr("<b>Private</b>: only %1 (and administrators) can use this flavor. Projects can be added "
                 "or removed later with Modify Access; the flavor cannot be made public.")
                  .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void FlavorAccessPage::showError(const QString &message, const QString &details)
{
    m_error->setError(message, details);
}

QString FlavorAccessPage::errorText() const
{
    return m_error->error();
}

} // namespace sd

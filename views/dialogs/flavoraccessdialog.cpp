#include "flavoraccessdialog.h"

#include "dialogfit.h"
#include "widgets/projectpicker.h"

#include "compute/flavorservice.h"
#include "engine.h"
#include "identity/projectservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

FlavorAccessDialog::FlavorAccessDialog(Engine &engine, const RequestContext &ctx, const Flavor &flavor,
                                       QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_flavor(flavor),
      m_picker(new ProjectPicker(tr("All Projects"), tr("Projects with Access"), this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("FlavorAccessDialog"));
    setWindowTitle(tr("Modify Access: %1").arg(flavor.name));
    setMinimumSize(640, 440);

    auto *intro = new QLabel(tr("Flavor %1 is private: only the projects on the right (and administrators) "
                                "can launch instances with it. Instances already running keep their flavor "
                                "when a project loses access.")
                                 .arg(flavor.name),
                             this);
    intro->setObjectName(QStringLiteral("HintLabel"));
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("HintLabel"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("FieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto projects = engine.projects().list(ctx);
    if (projects)
        m_picker->setProjects(*projects);
    m_picker->setChosenIds(flavor.projectIds);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_picker, &ProjectPicker::changed, this, &FlavorAccessDialog::updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FlavorAccessDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!projects) {
        m_error->setText(projects.error().message);
        m_error->setVisible(true);
    }
    updateSummary();
}

QPushButton *FlavorAccessDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString FlavorAccessDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FlavorAccessDialog::updateSummary()
{
    // A private flavor without projects is allowed (as in Nova), but rarely meant: say what it means.
    m_summary->setText(
        m_picker->chosenIds().isEmpty()
            ? tr("No project will have access: only administrators will see %1.").arg(m_flavor.name)
            : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_error->setVisible(false);
}

void FlavorAccessDialog::save()
{
    m_error->setVisible(false);
    // Compare with the flavor as it is now, so a retry after a partial failure sends only what is left.
    auto now = m_engine.flavors().show(m_ctx, m_flavor.id);
    if (!now) {
        m_error->setText(now.error().message);
        m_error->setToolTip(now.error().details);
        m_error->setVisible(true);
        return;
    }
    const QStringList wanted = m_picker->chosenIds();
    QStringList failures;
    for (const QString &id : wanted)
        if (!now->projectIds.contains(id))
            if (auto r = m_engine.flavors().addProjectAccess(m_ctx.withNewRequestId(), m_flavor.id, id); !r)
                failures << r.error().message;
    for (const QString &id : now->projectIds)
        if (!wanted.contains(id))
            if (auto r = m_engine.flavors().removeProjectAccess(m_ctx.withNewRequestId(), m_flavor.id, id);
                !r)
                failures << r.error().message;
    if (!failures.isEmpty()) {
        m_error->setText(failures.join(QLatin1Char('\n')));
        m_error->setVisible(true);
        growToFit(this);
        return;
    }
    accept();
}

} // namespace sd

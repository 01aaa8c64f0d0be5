#include "volumetypeaccessdialog.h"

#include "dialogfit.h"
#include "widgets/projectpicker.h"

#include "engine.h"
#include "identity/projectservice.h"
#include "volume/volumetypeservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

VolumeTypeAccessDialog::VolumeTypeAccessDialog(Engine &engine, const RequestContext &ctx,
                                               const VolumeType &type, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_ctx(ctx), m_type(type),
      m_picker(new ProjectPicker(tr("All Projects"), tr("Projects with Access"), this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("VolumeTypeAccessDialog"));
    setWindowTitle(tr("Edit Access: %1").arg(type.name));
    setMinimumSize(640, 440);

    auto *intro =
        new QLabel(tr("Volume type %1 is private: only the projects on the right (and administrators) "
                      "can create volumes of it. Volumes already made keep their type when a project "
                      "loses access.")
                       .arg(type.name),
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
    m_picker->setChosenIds(type.projectIds);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_picker, &ProjectPicker::changed, this, &VolumeTypeAccessDialog::updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VolumeTypeAccessDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
    if (!projects)
        showError(projects.error().message, projects.error().details);
}

QPushButton *VolumeTypeAccessDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString VolumeTypeAccessDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VolumeTypeAccessDialog::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setVisible(true);
    growToFit(this);
}

void VolumeTypeAccessDialog::updateSummary()
{
    m_summary->setText(
        m_picker->chosenIds().isEmpty()
            ? tr("No project will have access: only administrators will see %1.").arg(m_type.name)
            : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_error->setVisible(false);
}

void VolumeTypeAccessDialog::save()
{
    m_error->setVisible(false);
    // Compare with the type as it is now, so a retry after a partial failure sends only what is left.
    auto now = m_engine.volumeTypes().show(m_ctx, m_type.id);
    if (!now) {
        showError(now.error().message, now.error().details);
        return;
    }
    const QStringList wanted = m_picker->chosenIds();
    QStringList failures;
    for (const QString &id : wanted)
        if (!now->projectIds.contains(id))
            if (auto r = m_engine.volumeTypes().addAccess(m_ctx.withNewRequestId(), m_type.id, id); !r)
                failures << r.error().message;
    for (const QString &id : now->projectIds)
        if (!wanted.contains(id))
            if (auto r = m_engine.volumeTypes().removeAccess(m_ctx.withNewRequestId(), m_type.id, id); !r)
                failures << r.error().message;
    if (!failures.isEmpty()) {
        showError(failures.join(QLatin1Char('\n')));
        return;
    }
    accept();
}

} // namespace sd

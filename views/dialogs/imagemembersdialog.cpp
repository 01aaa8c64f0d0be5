#include "imagemembersdialog.h"

#include "widgets/projectpicker.h"

#include "engine.h"
#include "identity/projectservice.h"
#include "image/imageservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sd {

ImageMembersDialog::ImageMembersDialog(Engine &engine, const RequestContext &ctx, const Image &image,
                                       QWidget *parent)
    : FormDialog(tr("Manage Members of Image %1").arg(image.name), tr("Save"), parent), m_engine(engine),
      m_ctx(ctx), m_image(image), m_members(image.memberProjectIds),
      m_picker(new ProjectPicker(tr("Projects"), tr("Members"), this)), m_projectEdit(new QLineEdit(this)),
      m_addProject(new QPushButton(tr("Add"), this))
{
    setObjectName(QStringLiteral("ImageMembersDialog"));
    setMinimumWidth(640);
    setIntro(tr("Member projects can see and launch this shared image; its owner, project %1, always can.")
                 .arg(image.ownerName.isEmpty() ? image.ownerId : image.ownerName));
    m_projectEdit->setObjectName(QStringLiteral("ProjectNameEdit"));
    // As Glance: members name other projects by ID (ask that project's members for it).
    m_projectEdit->setPlaceholderText(tr("ID of another project"));
    m_addProject->setObjectName(QStringLiteral("AddNamedProjectButton"));
    m_addProject->setToolTip(tr("Add the project with this ID to the members"));
    auto *named = new QWidget(this);
    auto *namedLayout = new QHBoxLayout(named);
    namedLayout->setContentsMargins(0, 0, 0, 0);
    namedLayout->addWidget(m_projectEdit, 1);
    namedLayout->addWidget(m_addProject);

    form()->addRow(m_picker);
    // Only an administrator can list every project; anyone may name one.
    form()->addRow(tr("Other project"), named);
    form()->setRowVisible(named, !ctx.isAdmin());
    loadProjects();

    connect(m_picker, &ProjectPicker::changed, this, &ImageMembersDialog::updateOk);
    connect(m_projectEdit, &QLineEdit::textChanged, this,
            [this] { m_addProject->setEnabled(!m_projectEdit->text().trimmed().isEmpty()); });
    connect(m_projectEdit, &QLineEdit::returnPressed, this, &ImageMembersDialog::addNamedProject);
    connect(m_addProject, &QPushButton::clicked, this, &ImageMembersDialog::addNamedProject);
    m_addProject->setEnabled(false);
    m_addProject->setAutoDefault(false);
    updateOk();
}

void ImageMembersDialog::loadProjects()
{
    m_projects.clear();
    if (auto all = m_engine.projects().list(m_ctx))
        for (const Project &p : *all)
            if (p.id != m_image.ownerId)
                m_projects.append(p);
    // Members the user cannot look up are still listed, by ID.
    for (const QString &id : std::as_const(m_members))
        if (std::none_of(m_projects.begin(), m_projects.end(),
                         [&id](const Project &p) { return p.id == id; }))
            m_projects.append(Project{id, id, QString(), true, {}});
    m_picker->setProjects(m_projects);
    m_picker->setChosenIds(m_members);
}

void ImageMembersDialog::addNamedProject()
{
    const QString named = m_projectEdit->text().trimmed();
    if (named.isEmpty())
        return;
    const auto known = std::find_if(m_projects.begin(), m_projects.end(),
                                    [&named](const Project &p) { return p.id == named || p.name == named; });
    QStringList chosen = m_picker->chosenIds();
    if (known == m_projects.end()) {
        // The engine checks the name when Save sends it.
        m_projects.append(Project{named, named, tr("Checked when you save"), true, {}});
        m_picker->setProjects(m_projects);
        chosen.append(named);
    } else if (!chosen.contains(known->id)) {
        chosen.append(known->id);
    }
    m_picker->setChosenIds(chosen);
    m_projectEdit->clear();
}

QString ImageMembersDialog::problem() const
{
    if (m_image.visibility != ImageVisibility::Shared)
        return tr("Image %1 is not shared; set its visibility to Shared with Edit Image first.")
            .arg(m_image.name);
    return {};
}

bool ImageMembersDialog::submit()
{
    const QStringList chosen = m_picker->chosenIds();
    QStringList refusals;
    for (const QString &id : chosen)
        if (!m_members.contains(id))
            if (auto r = m_engine.images().addMember(m_ctx.withNewRequestId(), m_image.id, id); !r)
                refusals.append(r.error().message);
    for (const QString &id : std::as_const(m_members))
        if (!chosen.contains(id))
            if (auto r = m_engine.images().removeMember(m_ctx.withNewRequestId(), m_image.id, id); !r)
                refusals.append(r.error().message);
    if (refusals.isEmpty())
        return true;
    // What was accepted is stored; the next Save sends only what is still different.
    if (auto now = m_engine.images().show(m_ctx, m_image.id))
        m_members = now->memberProjectIds;
    showError(Error{ErrorCode::BadRequest, refusals.join(QLatin1Char('\n')), {}});
    return false;
}

} // namespace sd

#include "flavorinfopage.h"

#include "dialogs/flavorform.h"
#include "widgets/errorline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd {

FlavorInfoPage::FlavorInfoPage(const QStringList &takenNames, const QStringList &takenIds, QWidget *parent)
    : QWizardPage(parent), m_form(new FlavorForm(this)), m_reason(new QLabel(this)),
      m_error(new ErrorLine(this))
{
    setObjectName(QStringLiteral("FlavorInfoPage"));
    setTitle(tr("Flavor Information"));
    // Said up front: after Create only the description, metadata and access can change.
    setSubTitle(tr("Flavors define the sizes for RAM, disk, number of cores, and other resources. The sizes "
                   "cannot be changed after the flavor is created."));
    m_form->setTaken(takenNames, takenIds);
    m_reason->setObjectName(QStringLiteral("HintLabel"));
    m_reason->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);

    const auto update = [this] {
        const QString problem = m_form->problem();
        m_reason->setText(problem.isEmpty() ? QString()
                                            : tr("Next and Create Flavor are disabled: %1").arg(problem));
        emit completeChanged();
    };
    connect(m_form, &FlavorForm::changed, this, update);
    update();
}

bool FlavorInfoPage::isComplete() const
{
    return m_form->problem().isEmpty();
}

void FlavorInfoPage::showError(const QString &message, const QString &details)
{
    m_error->setError(message, details);
}

QString FlavorInfoPage::errorText() const
{
    return m_error->error();
}

} // namespace sd

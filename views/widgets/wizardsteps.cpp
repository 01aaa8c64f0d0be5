#include "wizardsteps.h"

#include <QWizard>

namespace sd {

WizardStepList::WizardStepList(QWizard *wizard) : QListWidget(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("WizardStepList"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setFixedWidth(190);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The navigation tree's colours, so the steps read as "where am I" like the main window's panels.
    // Padding on both item states: a rule for :selected alone would shift only the current step's text.
    setStyleSheet(
        QStringLiteral("QListWidget#WizardStepList { background: #f1f5f9; border: none; "
                       "border-right: 1px solid #e2e8f0; outline: 0; }"
                       "QListWidget#WizardStepList::item { padding: 8px 10px; border: none; color: #334155; }"
                       "QListWidget#WizardStepList::item:selected { padding: 8px 10px; border: none; "
                       "background: #dbeafe; color: #1e3a8a; }"));
    const QList<int> ids = wizard->pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(wizard->page(ids.at(i))->title()), this);
        item->setToolTip(wizard->page(ids.at(i))->subTitle());
    }
    connect(wizard, &QWizard::currentIdChanged, this, &WizardStepList::follow);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { goTo(row(item)); });
    follow();
}

QStringList WizardStepList::steps() const
{
    QStringList titles;
    for (int i = 0; i < count(); ++i)
        titles.append(item(i)->text());
    return titles;
}

void WizardStepList::goTo(int index)
{
    const QList<int> ids = m_wizard->pageIds();
    while (ids.indexOf(m_wizard->currentId()) > index)
        m_wizard->back();
    while (ids.indexOf(m_wizard->currentId()) < index) {
        // QWizard::next() does not ask isComplete(); the Next button does. Keep the same gate.
        const int before = m_wizard->currentId();
        if (!m_wizard->currentPage()->isComplete())
            break;
        m_wizard->next();
        if (m_wizard->currentId() == before)
            break;
    }
    follow();
}

void WizardStepList::follow()
{
    setCurrentRow(int(m_wizard->pageIds().indexOf(m_wizard->currentId())));
}

} // namespace sd

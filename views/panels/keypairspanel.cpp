#include "keypairspanel.h"

#include "keypairactions.h"
#include "models/keypairmodel.h"
#include "tablepane.h"
#include "widgets/resourcetable.h"

#include <QAction>
#include <QHeaderView>
#include <QVBoxLayout>

namespace sd {

KeyPairsPanel::KeyPairsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Project › Compute"), tr("Key Pairs"), parent), m_model(new KeyPairModel(engine, ctx, this)),
      m_table(new TablePane(m_model, QStringLiteral("KeyPairs"), this)),
      m_actions(new KeyPairActions(engine, ctx, this))
{
    setObjectName(QStringLiteral("KeyPairsPanel"));
    m_table->setActions(m_actions->toolbarActions(), m_actions->menuActions());
    // Fingerprints are long; the name and type columns keep to their text.
    m_table->view()->horizontalHeader()->setSectionResizeMode(KeyPairModel::Fingerprint,
                                                              QHeaderView::Stretch);
    connect(m_table->view(), &QAbstractItemView::doubleClicked, m_actions->detailsAction(),
            &QAction::trigger);
    connect(m_actions, &KeyPairActions::notify, this, &Panel::notify);
    connect(m_actions, &KeyPairActions::keyPairAdded, this,
            [this](const QString &name) { m_table->selectByName({name}); });
    connect(m_table, &TablePane::selectionChanged, this,
            [this] { m_actions->setSelection(selectedKeyPairs()); });
    body()->addWidget(m_table, 1);
}

QList<KeyPair> KeyPairsPanel::selectedKeyPairs() const
{
    QList<KeyPair> keys;
    for (int row : m_table->selectedSourceRows())
        if (row >= 0 && row < m_model->rowCount())
            keys.append(m_model->itemAt(row));
    return keys;
}

} // namespace sd

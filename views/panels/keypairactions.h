#pragma once

#include "compute/keypair.h"
#include "core/requestcontext.h"

#include <QObject>

class QAction;
class QWidget;

namespace sd {

class Engine;

// The actions of Project › Compute › Key Pairs: Create Key Pair and Import Public Key on the table,
// Details on one row, Delete on one row or many (one confirmation). Enabled states follow the selection;
// what the policy forbids is hidden; refusals become notifications or stay in their dialog.
class KeyPairActions : public QObject
{
    Q_OBJECT

public:
    KeyPairActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent);

    void setSelection(const QList<KeyPair> &keyPairs);

    QAction *createAction() const { return m_create; }
    QAction *importAction() const { return m_import; }
    QAction *detailsAction() const { return m_details; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> toolbarActions() const;
    // The context menu's actions; nullptr marks a separator.
    QList<QAction *> menuActions() const;

Q_SIGNALS:
    void notify(const QString &message, const QString &details);
    void keyPairAdded(const QString &name);

private:
    void createKeyPair();
    void importKeyPair();
    void showDetails();
    void deleteKeyPairs();
    void updateEnabled();

    Engine &m_engine;
    RequestContext m_ctx;
    QWidget *m_dialogParent;
    QList<KeyPair> m_selection;
    QAction *m_create;
    QAction *m_import;
    QAction *m_details;
    QAction *m_delete;
};

} // namespace sd

#include "keypairactions.h"

#include "dialogs/createkeypairdialog.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/importkeypairdialog.h"
#include "dialogs/keypairdetailsdialog.h"
#include "dialogs/privatekeydialog.h"
#include "icons.h"

#include "compute/keypairservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QAction>

namespace sd {

KeyPairActions::KeyPairActions(Engine &engine, const RequestContext &ctx, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_ctx(ctx), m_dialogParent(dialogParent),
      m_create(new QAction(Icons::get(QStringLiteral("action-add")), tr("Create Key Pair…"), this)),
      m_import(new QAction(Icons::get(QStringLiteral("action-import")), tr("Import Public Key…"), this)),
      m_details(new QAction(Icons::get(QStringLiteral("about")), tr("Details…"), this)),
      m_delete(new QAction(Icons::get(QStringLiteral("action-remove")), tr("Delete Key Pair…"), this))
{
    m_create->setObjectName(QStringLiteral("createKeyPairAction"));
    m_import->setObjectName(QStringLiteral("importKeyPairAction"));
    m_details->setObjectName(QStringLiteral("keyPairDetailsAction"));
    m_delete->setObjectName(QStringLiteral("deleteKeyPairAction"));
    m_create->setToolTip(tr("Generate a new key pair; its private key is shown to you once"));
    m_import->setToolTip(tr("Add the public key of a key pair you already have (a .pub file)"));
    m_details->setToolTip(tr("Show the selected key pair's fingerprint and public key"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_create->setIconText(tr("Create…"));
    m_import->setIconText(tr("Import…"));
    m_delete->setIconText(tr("Delete…"));

    const Policy &policy = engine.policy();
    m_create->setVisible(policy.allows(ctx, QStringLiteral("keypair:create")));
    m_import->setVisible(m_create->isVisible());
    m_details->setVisible(policy.allows(ctx, QStringLiteral("keypair:show")));
    m_delete->setVisible(policy.allows(ctx, QStringLiteral("keypair:delete")));

    connect(m_create, &QAction::triggered, this, &KeyPairActions::createKeyPair);
    connect(m_import, &QAction::triggered, this, &KeyPairActions::importKeyPair);
    connect(m_details, &QAction::triggered, this, &KeyPairActions::showDetails);
    connect(m_delete, &QAction::triggered, this, &KeyPairActions::deleteKeyPairs);
    updateEnabled();
}

QList<QAction *> KeyPairActions::toolbarActions() const
{
    return {m_create, m_import, m_delete};
}

QList<QAction *> KeyPairActions::menuActions() const
{
    return {m_details, nullptr, m_delete};
}

void KeyPairActions::setSelection(const QList<KeyPair> &keyPairs)
{
    m_selection = keyPairs;
    updateEnabled();
}

void KeyPairActions::updateEnabled()
{
    const bool many = m_selection.size() > 1;
    m_details->setEnabled(m_selection.size() == 1);
    m_delete->setEnabled(!m_selection.isEmpty());
    m_delete->setText(many ? tr("Delete Key Pairs…") : tr("Delete Key Pair…"));
    m_delete->setToolTip(many
                             ? tr("Delete the %1 selected key pairs").arg(m_selection.size())
                             : tr("Delete the selected key pair; instances launched with it keep their key"));
}

void KeyPairActions::createKeyPair()
{
    auto *dialog = new CreateKeyPairDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyPairDialog::keyPairCreated, this, [this](const NewKeyPair &created) {
        emit keyPairAdded(created.keyPair.name);
        // The private key's one showing: its own window, which warns before it is closed unsaved.
        auto *keyDialog = new PrivateKeyDialog(created.keyPair.name, created.privateKey, m_dialogParent);
        keyDialog->setAttribute(Qt::WA_DeleteOnClose);
        keyDialog->open();
    });
    dialog->open();
}

void KeyPairActions::importKeyPair()
{
    auto *dialog = new ImportKeyPairDialog(m_engine, m_ctx, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportKeyPairDialog::keyPairImported, this, &KeyPairActions::keyPairAdded);
    dialog->open();
}

void KeyPairActions::showDetails()
{
    if (m_selection.size() != 1)
        return;
    // The selection is a snapshot; the details come from what the engine has now.
    auto keyPair = m_engine.keyPairs().show(m_ctx, m_selection.first().name);
    if (!keyPair) {
        emit notify(keyPair.error().message, keyPair.error().details);
        return;
    }
    auto *dialog = new KeyPairDetailsDialog(*keyPair, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KeyPairActions::deleteKeyPairs()
{
    if (m_selection.isEmpty())
        return;
    QStringList names;
    for (const KeyPair &k : m_selection)
        names.append(k.name);
    const bool one = names.size() == 1;
    DeleteConfirmation confirmation{
        QStringLiteral("DeleteKeyPairConfirmation"), one ? tr("Delete Key Pair") : tr("Delete Key Pairs"),
        one ? tr("Delete key pair %1?").arg(names.first())
            : tr("Delete %1 key pairs: %2?").arg(names.size()).arg(names.join(QStringLiteral(", "))),
        tr("Instances launched with a key pair keep the public key they were given; you can still log in to "
           "them with the private key. New instances cannot use a deleted key pair. This cannot be undone."),
        one ? tr("Delete Key Pair") : tr("Delete Key Pairs")};
    confirmation.open(m_dialogParent, [this, names] {
        for (const QString &name : names)
            if (auto r = m_engine.keyPairs().remove(m_ctx.withNewRequestId(), name); !r)
                emit notify(r.error().message, r.error().details);
    });
}

} // namespace sd

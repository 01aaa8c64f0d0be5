#include "keypairpage.h"

#include "choicetable.h"
#include "dialogs/createkeypairdialog.h"
#include "dialogs/importkeypairdialog.h"
#include "dialogs/privatekeydialog.h"
#include "icons.h"

#include "compute/keypairservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sd {

KeyPairPage::KeyPairPage(Engine &engine, const RequestContext &ctx, const QStringList &keyNames, QWidget *parent)
    : LaunchPage(tr("Key Pair"),
                 tr("A key pair allows you to SSH into your newly created instance. Its public key is "
                    "written into the instance by cloud-init."),
                 parent),
      m_engine(engine), m_ctx(ctx), m_table(new ChoiceTable({tr("Name")}, ChoiceTable::Mode::Single, this)),
      m_create(new QPushButton(Icons::get(QStringLiteral("action-add")), tr("Create Key Pair…"), this)),
      m_import(new QPushButton(Icons::get(QStringLiteral("action-import")), tr("Import Key Pair…"), this))
{
    setObjectName(QStringLiteral("KeyPairPage"));
    m_table->setObjectName(QStringLiteral("KeyPairTable"));
    // The empty key is "no key pair": allowed, as in Nova.
    m_table->addChoice(QString(), {tr("No key pair")});
    for (const QString &name : keyNames)
        m_table->addChoice(name, {name});
    m_table->choose({keyNames.size() == 1 ? keyNames.first() : QString()});
    m_create->setObjectName(QStringLiteral("CreateKeyPairButton"));
    m_import->setObjectName(QStringLiteral("ImportKeyPairButton"));
    const bool mayCreate = engine.policy().allows(ctx, QStringLiteral("keypair:create"));
    m_create->setVisible(mayCreate);
    m_import->setVisible(mayCreate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *note = new QLabel(keyNames.isEmpty() ? tr("You have no key pair yet: create one, or import the public "
                                                    "key of one you have (~/.ssh/id_ed25519.pub).")
                                               : tr("Key pairs are also managed in Project › Compute › Key Pairs."),
                            this);
    note->setWordWrap(true);
    content()->addLayout(buttons);
    content()->addWidget(m_table, 1);
    content()->addWidget(note);
    connect(m_table, &ChoiceTable::changed, this, &KeyPairPage::update);
    connect(m_create, &QPushButton::clicked, this, &KeyPairPage::createKeyPair);
    connect(m_import, &QPushButton::clicked, this, &KeyPairPage::importKeyPair);
    update();
}

void KeyPairPage::contribute(LaunchSpec &spec) const
{
    spec.keyName = m_table->chosen().value(0);
}

void KeyPairPage::addKeyPair(const QString &name)
{
    m_table->addChoice(name, {name});
    m_table->choose({name});
}

void KeyPairPage::createKeyPair()
{
    auto *dialog = new CreateKeyPairDialog(m_engine, m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyPairDialog::keyPairCreated, this, [this](const NewKeyPair &created) {
        addKeyPair(created.keyPair.name);
        // The private key's one showing, as in the Key Pairs panel.
        auto *keyDialog = new PrivateKeyDialog(created.keyPair.name, created.privateKey, this);
        keyDialog->setAttribute(Qt::WA_DeleteOnClose);
        keyDialog->open();
    });
    dialog->open();
}

void KeyPairPage::importKeyPair()
{
    auto *dialog = new ImportKeyPairDialog(m_engine, m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportKeyPairDialog::keyPairImported, this, &KeyPairPage::addKeyPair);
    dialog->open();
}

} // namespace sd

#include "keypairpage.h"

#include "choicetable.h"

#include <QLabel>

namespace sd {

KeyPairPage::KeyPairPage(const QStringList &keyNames, QWidget *parent)
    : LaunchPage(tr("Key Pair"),
                 tr("A key pair allows you to SSH into your newly created instance. Its public key is "
                    "written into the instance by cloud-init."),
                 parent),
      m_table(new ChoiceTable({tr("Name")}, ChoiceTable::Mode::Single, this))
{
    setObjectName(QStringLiteral("KeyPairPage"));
    m_table->setObjectName(QStringLiteral("KeyPairTable"));
    // The empty key is "no key pair": allowed, as in Nova.
    m_table->addChoice(QString(), {tr("No key pair")});
    for (const QString &name : keyNames)
        m_table->addChoice(name, {name});
    m_table->choose({keyNames.size() == 1 ? keyNames.first() : QString()});
    auto *note = new QLabel(keyNames.isEmpty()
                                ? tr("You have no key pair yet. Key pairs are created or imported "
                                     "in Project › Compute › Key Pairs, which comes with the key "
                                     "pair service.")
                                : tr("Key pairs are created or imported in Project › Compute › Key Pairs."),
                            this);
    note->setWordWrap(true);
    content()->addWidget(m_table, 1);
    content()->addWidget(note);
    connect(m_table, &ChoiceTable::changed, this, &KeyPairPage::update);
    update();
}

void KeyPairPage::contribute(LaunchSpec &spec) const
{
    spec.keyName = m_table->chosen().value(0);
}

} // namespace sd

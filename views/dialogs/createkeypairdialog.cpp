#include "createkeypairdialog.h"

#include "compute/keypairservice.h"
#include "engine.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sd {

CreateKeyPairDialog::CreateKeyPairDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Create Key Pair"), tr("Create Key Pair"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("CreateKeyPairDialog"));
    setIntro(
        tr("Key pairs are how you log in to an instance after it is launched: the public key is put into "
           "the instance, and you keep the private key. StackDesk does not store the private key; it is "
           "shown to you once, next."));
    m_name->setObjectName(QStringLiteral("KeyPairNameEdit"));
    m_name->setPlaceholderText(tr("e.g. laptop"));
    m_type->setObjectName(QStringLiteral("KeyPairTypeCombo"));
    // Data: the RSA size, 0 for ed25519.
    m_type->addItem(tr("ED25519 (recommended)"), 0);
    m_type->addItem(tr("RSA 3072 bits (for old SSH clients)"), 3072);
    m_type->addItem(tr("RSA 4096 bits"), 4096);
    m_type->addItem(tr("RSA 2048 bits"), 2048);
    form()->addRow(tr("Key Pair Name *"), m_name);
    form()->addRow(tr("Key Type *"), m_type);
    connect(m_name, &QLineEdit::textChanged, this, &CreateKeyPairDialog::updateOk);
    updateOk();
}

QString CreateKeyPairDialog::problem() const
{
    if (auto v = KeyPairService::validateName(m_name->text()); !v)
        return v.error().message;
    return {};
}

QString CreateKeyPairDialog::visibleProblem() const
{
    // An empty name is what every new form starts with: no red text until something was typed.
    return m_name->text().isEmpty() ? QString() : problem();
}

bool CreateKeyPairDialog::submit()
{
    KeyPairSpec spec;
    spec.name = m_name->text();
    const int bits = m_type->currentData().toInt();
    if (bits > 0) {
        spec.type = KeyPairSpec::Type::Rsa;
        spec.rsaBits = bits;
    }
    // An RSA 4096 key takes a moment to generate.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_engine.keyPairs().create(m_ctx.withNewRequestId(), spec);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showError(created.error());
        return false;
    }
    emit keyPairCreated(*created);
    return true;
}

} // namespace sd

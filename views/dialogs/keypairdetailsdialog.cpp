#include "keypairdetailsdialog.h"

#include "models/keypairmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

KeyPairDetailsDialog::KeyPairDetailsDialog(const KeyPair &k, QWidget *parent)
    : QDialog(parent), m_publicKey(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("KeyPairDetailsDialog"));
    setWindowTitle(tr("Key Pair Details: %1").arg(k.name));
    setMinimumWidth(620);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const auto add = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    add(tr("Name"), k.name);
    add(tr("Type"), k.type);
    add(tr("Key"), KeyPairModel::keyDescription(k));
    add(tr("Fingerprint"), k.fingerprint);
    add(tr("User"), k.userName);
    add(tr("Created"), QLocale().toString(k.createdAt.toLocalTime(), QLocale::LongFormat));

    m_publicKey->setObjectName(QStringLiteral("PublicKeyText"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setPlainText(k.publicKey);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setMaximumHeight(110);
    // A key is one long word: break it anywhere rather than at the '/' and '+' of its base64.
    m_publicKey->setWordWrapMode(QTextOption::WrapAnywhere);
    form->addRow(tr("Public Key"), m_publicKey);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Public Key"), QDialogButtonBox::ActionRole);
    const QString publicKey = k.publicKey;
    connect(copy, &QPushButton::clicked, this,
            [publicKey] { QApplication::clipboard()->setText(publicKey); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace sd

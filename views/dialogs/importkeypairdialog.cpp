#include "importkeypairdialog.h"

#include "compute/keypairservice.h"
#include "compute/sshkeys.h"
#include "engine.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

namespace {
// A public key line is well under this; a bigger file is not one (and is not read into the box whole).
constexpr qint64 kMaximumKeyFile = 64 * 1024;
} // namespace

ImportKeyPairDialog::ImportKeyPairDialog(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : FormDialog(tr("Import Public Key"), tr("Import Public Key"), parent), m_engine(engine), m_ctx(ctx),
      m_name(new QLineEdit(this)), m_key(new QPlainTextEdit(this)),
      m_load(new QPushButton(tr("Load from File…"), this)), m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("ImportKeyPairDialog"));
    setIntro(tr("Use a key you already have: paste its public half, one line from a .pub file such as "
                "~/.ssh/id_ed25519.pub (\"ssh-ed25519 AAAA… comment\"). The private key stays on your "
                "computer. To make a key: ssh-keygen -t ed25519"));
    m_name->setObjectName(QStringLiteral("KeyPairNameEdit"));
    m_key->setObjectName(QStringLiteral("PublicKeyEdit"));
    m_key->setTabChangesFocus(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host"));
    m_key->setMinimumHeight(110);
    // A key is one long word: break it anywhere rather than at the '/' and '+' of its base64.
    m_key->setWordWrapMode(QTextOption::WrapAnywhere);
    m_load->setObjectName(QStringLiteral("LoadPublicKeyButton"));
    m_verdict->setObjectName(QStringLiteral("PublicKeyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setVisible(false);

    auto *keyBox = new QWidget(this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(4);
    keyLayout->addWidget(m_key);
    keyLayout->addWidget(m_verdict);
    keyLayout->addWidget(m_load, 0, Qt::AlignLeft);
    form()->addRow(tr("Key Pair Name *"), m_name);
    form()->addRow(tr("Public Key *"), keyBox);

    connect(m_name, &QLineEdit::textChanged, this, &ImportKeyPairDialog::updateOk);
    connect(m_key, &QPlainTextEdit::textChanged, this, &ImportKeyPairDialog::checkKey);
    connect(m_load, &QPushButton::clicked, this, &ImportKeyPairDialog::chooseFile);
    checkKey();
}

QString ImportKeyPairDialog::keyVerdict() const
{
    return m_verdict->isVisibleTo(this) ? m_verdict->text() : QString();
}

void ImportKeyPairDialog::checkKey()
{
    const QString text = m_key->toPlainText();
    auto parsed = SshKeys::parsePublicKey(text);
    m_keyProblem = parsed ? QString() : parsed.error().message;
    if (text.trimmed().isEmpty()) {
        // Nothing typed yet is not an error to show in red.
        m_verdict->setVisible(false);
    } else if (!parsed) {
        m_verdict->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_verdict->setText(parsed.error().message);
        m_verdict->setVisible(true);
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #15803d;"));
        const QString comment =
            parsed->comment.isEmpty() ? QString() : QStringLiteral(" · ") + parsed->comment;
        m_verdict->setText(tr("✓ %1 %2 key, fingerprint %3%4")
                               .arg(parsed->algorithm)
                               .arg(parsed->bits)
                               .arg(parsed->fingerprint, comment));
        m_verdict->setVisible(true);
    }
    updateOk();
}

QString ImportKeyPairDialog::problem() const
{
    if (auto v = KeyPairService::validateName(m_name->text()); !v)
        return v.error().message;
    return m_keyProblem;
}

QString ImportKeyPairDialog::visibleProblem() const
{
    // The key's verdict has its own line under the box; this line is for the name, once one is typed.
    if (m_name->text().isEmpty())
        return {};
    auto v = KeyPairService::validateName(m_name->text());
    return v ? QString() : v.error().message;
}

bool ImportKeyPairDialog::loadFile(const QString &path)
{
    QFile file(path);
    const auto refuse = [this](const QString &why) {
        m_verdict->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_verdict->setText(why);
        m_verdict->setVisible(true);
        return false;
    };
    if (QFileInfo(path).size() > kMaximumKeyFile)
        return refuse(tr("File %1: too big for a public key (%2 bytes); choose the .pub file")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(QFileInfo(path).size()));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("File %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_key->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
    // A key file's name is a good key pair name ("id_ed25519.pub" → "id_ed25519") when none was typed.
    if (m_name->text().isEmpty()) {
        QString base = QFileInfo(path).completeBaseName();
        if (KeyPairService::validateName(base))
            m_name->setText(base);
    }
    return true;
}

void ImportKeyPairDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Public Key"),
                                                      QDir::home().filePath(QStringLiteral(".ssh")),
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportKeyPairDialog::submit()
{
    KeyPairSpec spec;
    spec.name = m_name->text();
    spec.publicKey = m_key->toPlainText();
    auto imported = m_engine.keyPairs().create(m_ctx.withNewRequestId(), spec);
    if (!imported) {
        showError(imported.error());
        return false;
    }
    emit keyPairImported(imported->keyPair.name);
    return true;
}

} // namespace sd

#include "privatekeydialog.h"

#include "compute/privatekeyfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

PrivateKeyDialog::PrivateKeyDialog(const QString &keyPairName, const QString &privateKey, QWidget *parent)
    : QDialog(parent), m_name(keyPairName), m_privateKey(privateKey), m_text(new QPlainTextEdit(this)),
      m_status(new QLabel(this)), m_copy(new QPushButton(tr("Copy"), this)),
      m_save(new QPushButton(tr("Save…"), this))
{
    setObjectName(QStringLiteral("PrivateKeyDialog"));
    setWindowTitle(tr("Private Key of %1").arg(keyPairName));
    setMinimumWidth(640);

    auto *warning =
        new QLabel(tr("Key pair %1 was created. This is its private key: save it now. It is shown "
                      "only this once; StackDesk does not keep a copy and cannot show it again. "
                      "Without it you cannot log in to instances launched with this key pair.")
                       .arg(keyPairName),
                   this);
    warning->setObjectName(QStringLiteral("WarningBox"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);

    m_text->setObjectName(QStringLiteral("PrivateKeyText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(privateKey);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(220);

    auto *hint = new QLabel(tr("Use it with: ssh -i %1.pem USER@INSTANCE-ADDRESS (the file must be readable "
                               "by you only, mode 0600; Save… writes it so).")
                                .arg(keyPairName),
                            this);
    hint->setObjectName(QStringLiteral("HintLabel"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("HintLabel"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    m_copy->setObjectName(QStringLiteral("CopyPrivateKeyButton"));
    m_save->setObjectName(QStringLiteral("SavePrivateKeyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(warning);
    layout->addWidget(m_text, 1);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &PrivateKeyDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &PrivateKeyDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PrivateKeyDialog::copy()
{
    QApplication::clipboard()->setText(m_privateKey);
    m_kept = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Copied to the clipboard. Paste it into a file only you can read."));
    m_status->setVisible(true);
}

void PrivateKeyDialog::chooseFile()
{
    const QString suggested = QDir::home().filePath(m_name + QStringLiteral(".pem"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Private Key"), suggested);
    if (!path.isEmpty())
        saveTo(path);
}

bool PrivateKeyDialog::saveTo(const QString &path)
{
    // The file dialog already asked before replacing an existing file.
    auto written = PrivateKeyFile::write(path, m_privateKey, PrivateKeyFile::Existing::Replace);
    if (!written) {
        m_status->setText(written.error().message);
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_status->setVisible(true);
        return false;
    }
    m_savedPath = path;
    m_kept = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
    m_status->setVisible(true);
    return true;
}

void PrivateKeyDialog::done(int result)
{
    if (!m_kept) {
        const auto answer = QMessageBox::warning(
            this, tr("Close Without Saving?"),
            tr("You have neither saved nor copied the private key of %1. Once this window closes it is gone "
               "for good, and you will need a new key pair.")
                .arg(m_name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    // Nothing of the key stays behind in widgets that outlive the dialog's close.
    m_text->clear();
    m_privateKey.fill(QLatin1Char(' '));
    QDialog::done(result);
}

} // namespace sd

#include "configurationpage.h"

#include "compute/instance/seediso.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sd {

ConfigurationPage::ConfigurationPage(QWidget *parent)
    : LaunchPage(tr("Configuration"),
                 tr("You can customize your instance after it has launched using the options available here. "
                    "The customization script is given to cloud-init as user data (for example a "
                    "#cloud-config document or a shell script starting with #!)."),
                 parent),
      m_script(new QPlainTextEdit(this)), m_load(new QPushButton(tr("Load from File…"), this)),
      m_counter(new QLabel(this))
{
    setObjectName(QStringLiteral("ConfigurationPage"));
    m_script->setObjectName(QStringLiteral("UserDataEdit"));
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setPlaceholderText(QStringLiteral("#cloud-config\npackages:\n  - nginx"));
    m_load->setObjectName(QStringLiteral("LoadUserDataButton"));
    m_counter->setObjectName(QStringLiteral("UserDataCounter"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Customization Script"), this));
    row->addStretch(1);
    row->addWidget(m_counter);
    row->addWidget(m_load);
    content()->addLayout(row);
    content()->addWidget(m_script, 1);
    connect(m_script, &QPlainTextEdit::textChanged, this, [this] {
        count();
        update();
    });
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Customization Script"));
        if (!path.isEmpty())
            loadFile(path);
    });
    count();
    update();
}

bool ConfigurationPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > SeedIso::kMaxUserDataBytes) {
        showError(
            tr("%1 is %2 bytes; the customization script takes at most %3 bytes. It was not loaded.")
                .arg(path, QLocale().toString(file.size()), QLocale().toString(SeedIso::kMaxUserDataBytes)));
        return false;
    }
    showError({});
    m_script->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

QByteArray ConfigurationPage::userData() const
{
    return m_script->toPlainText().toUtf8();
}

void ConfigurationPage::count()
{
    const qint64 bytes = userData().size();
    m_counter->setText(counterText());
    m_counter->setStyleSheet(bytes > SeedIso::kMaxUserDataBytes ? QStringLiteral("color: #b91c1c;")
                                                                : QString());
}

QString ConfigurationPage::counterText() const
{
    return tr("%1 of %2 bytes")
        .arg(QLocale().toString(userData().size()), QLocale().toString(SeedIso::kMaxUserDataBytes));
}

QString ConfigurationPage::problem() const
{
    const qint64 bytes = userData().size();
    if (bytes > SeedIso::kMaxUserDataBytes)
        return tr("The customization script is %1 bytes; at most %2 are allowed")
            .arg(QLocale().toString(bytes), QLocale().toString(SeedIso::kMaxUserDataBytes));
    return {};
}

void ConfigurationPage::contribute(LaunchSpec &spec) const
{
    spec.userData = userData();
}

} // namespace sd

#include "usersettingspanel.h"

#include "appsettings.h"

#include "console/consoleservice.h"
#include "engine.h"
#include "identity/policy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd {

UserSettingsPanel::UserSettingsPanel(Engine &engine, const RequestContext &ctx, QWidget *parent)
    : Panel(tr("Settings"), tr("User Settings"), parent), m_language(new QComboBox(this)),
      m_reset(new QPushButton(tr("Reset window layout"), this)), m_itemsPerPage(new QSpinBox(this)),
      m_logLines(new QSpinBox(this)), m_consoleType(new QComboBox(this))
{
    setObjectName(QStringLiteral("UserSettingsPanel"));
    m_language->setObjectName(QStringLiteral("LanguageCombo"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language names itself, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { AppSettings::setLanguage(m_language->currentData().toString()); });

    auto *languageNote = new QLabel(tr("The language applies the next time StackDesk starts."), this);
    languageNote->setObjectName(QStringLiteral("HintLabel"));
    m_reset->setObjectName(QStringLiteral("ResetLayoutButton"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        AppSettings::resetWindowLayout();
        emit resetLayoutRequested();
    });
    m_itemsPerPage->setObjectName(QStringLiteral("ItemsPerPageSpin"));
    m_logLines->setObjectName(QStringLiteral("LogLinesSpin"));
    for (QSpinBox *spin : {m_itemsPerPage, m_logLines}) {
        spin->setRange(1, AppSettings::kMaxPerPage);
        spin->setMinimumWidth(90);
    }
    m_itemsPerPage->setValue(AppSettings::itemsPerPage());
    m_logLines->setValue(AppSettings::logLines());
    // Horizon pages its tables; StackDesk shows every row so the filter sees them all (DESIGN §5), so
    // the setting becomes how far a page scrolls.
    m_itemsPerPage->setToolTip(
        tr("Tables show every row, so filters and counts cover all of them. This is how "
           "many rows Page Up / Page Down and a click in the scroll bar move by."));
    m_logLines->setToolTip(tr("How many lines of an instance's console log to show at first."));
    connect(m_itemsPerPage, &QSpinBox::valueChanged, this, [this](int rows) {
        AppSettings::setItemsPerPage(rows);
        emit itemsPerPageChanged(rows);
    });
    connect(m_logLines, &QSpinBox::valueChanged, this, [](int lines) { AppSettings::setLogLines(lines); });
    auto *pageNote =
        new QLabel(tr("Tables show every row; a page is how far Page Up and Page Down scroll."), this);
    pageNote->setObjectName(QStringLiteral("HintLabel"));

    auto *logNote = new QLabel(tr("How much of an instance's console log its Log tab shows at first."), this);
    logNote->setObjectName(QStringLiteral("HintLabel"));

    // Horizon's CONSOLE_TYPE: one value for the cloud, kept in its data dir so stackctl follows it too.
    m_consoleType->setObjectName(QStringLiteral("ConsoleTypeCombo"));
    m_consoleType->addItem(tr("Automatic (VNC, then SPICE, then serial)"), int(ConsoleType::Auto));
    m_consoleType->addItem(QStringLiteral("VNC"), int(ConsoleType::Vnc));
    m_consoleType->addItem(QStringLiteral("SPICE"), int(ConsoleType::Spice));
    m_consoleType->addItem(tr("Serial"), int(ConsoleType::Serial));
    m_consoleType->addItem(tr("None (no Console tab or action)"), int(ConsoleType::None));
    m_consoleType->setCurrentIndex(m_consoleType->findData(int(engine.consoles().consoleType())));
    const bool mayChange = engine.policy().allows(ctx, QStringLiteral("settings:update"));
    m_consoleType->setEnabled(mayChange);
    auto *consoleNote = new QLabel(mayChange ? tr("Which console the Console action and tab open, for the whole cloud.")
                                             : tr("Which console the Console action and tab open; an administrator sets it."),
                                   this);
    consoleNote->setObjectName(QStringLiteral("HintLabel"));
    connect(m_consoleType, &QComboBox::currentIndexChanged, this, [this, &engine, ctx, consoleNote] {
        const auto type = ConsoleType(m_consoleType->currentData().toInt());
        if (auto saved = engine.consoles().setConsoleType(ctx, type); !saved) {
            consoleNote->setText(saved.error().message);
            const QSignalBlocker quiet(m_consoleType);
            m_consoleType->setCurrentIndex(m_consoleType->findData(int(engine.consoles().consoleType())));
        }
    });

    auto *resetNote =
        new QLabel(tr("Puts the window size and the Tasks dock back where they started."), this);
    resetNote->setObjectName(QStringLiteral("HintLabel"));

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), languageNote);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(tr("Items Per Page"), m_itemsPerPage);
    form->addRow(QString(), pageNote);
    form->addItem(new QSpacerItem(0, 6));
    form->addRow(tr("Log Lines Per Instance"), m_logLines);
    form->addRow(QString(), logNote);
    form->addItem(new QSpacerItem(0, 6));
    form->addRow(tr("Console Type"), m_consoleType);
    form->addRow(QString(), consoleNote);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(tr("Window layout"), m_reset);
    form->addRow(QString(), resetNote);

    auto *box = new QWidget(this);
    box->setMaximumWidth(640);
    box->setLayout(form);
    body()->addWidget(box);
    body()->addStretch(1);
}

} // namespace sd

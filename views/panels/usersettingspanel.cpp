#include "usersettingspanel.h"

#include "appsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

UserSettingsPanel::UserSettingsPanel(QWidget *parent)
    : Panel(tr("Settings"), tr("User Settings"), parent), m_language(new QComboBox(this)),
      m_reset(new QPushButton(tr("Reset window layout"), this))
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
    form->addRow(tr("Window layout"), m_reset);
    form->addRow(QString(), resetNote);

    auto *box = new QWidget(this);
    box->setMaximumWidth(640);
    box->setLayout(form);
    body()->addWidget(box);
    body()->addStretch(1);
}

} // namespace sd

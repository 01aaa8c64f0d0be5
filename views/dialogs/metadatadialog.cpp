#include "metadatadialog.h"

#include "dialogfit.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

namespace {
enum Column
{
    KeyColumn,
    ValueColumn,
    RemoveColumn
};
} // namespace

MetadataDialog::MetadataDialog(const QString &title, const QString &intro,
                               const QMap<QString, QString> &existing, Validator validator, QWidget *parent)
    : QDialog(parent), m_original(existing), m_validator(std::move(validator)), m_key(new QLineEdit(this)),
      m_value(new QLineEdit(this)),
      m_add(new QPushButton(Icons::get(QStringLiteral("action-add")), tr("Add"), this)),
      m_addProblem(new QLabel(this)), m_listTitle(new QLabel(this)), m_table(new QTableWidget(0, 3, this)),
      m_empty(new QLabel(this)), m_summary(new QLabel(this)), m_saveProblem(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("MetadataDialog"));
    setWindowTitle(title);
    setMinimumSize(620, 460);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("HintLabel"));
    introLabel->setWordWrap(true);
    auto *customTitle = new QLabel(tr("Add a Key"), this);
    customTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_listTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_key->setObjectName(QStringLiteral("MetadataKeyEdit"));
    m_key->setPlaceholderText(tr("Key, e.g. hw:cpu_policy"));
    m_value->setObjectName(QStringLiteral("MetadataValueEdit"));
    m_value->setPlaceholderText(tr("Value"));
    m_add->setObjectName(QStringLiteral("AddMetadataButton"));
    m_table->setObjectName(QStringLiteral("MetadataTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), QString()});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(KeyColumn, 240);
    m_table->setColumnWidth(RemoveColumn, 34);
    m_table->setToolTip(tr("Double-click a value to change it"));
    m_empty->setObjectName(QStringLiteral("HintLabel"));
    m_empty->setText(tr("No metadata yet. Add a key above."));
    m_summary->setObjectName(QStringLiteral("HintLabel"));
    m_summary->setWordWrap(true);
    for (QLabel *label : {m_addProblem, m_saveProblem, m_error}) {
        label->setObjectName(QStringLiteral("FieldError"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
    }
    // Return in the custom row adds the pair; Save is clicked on purpose, never by a stray Return.
    m_add->setDefault(true);
    saveButton()->setAutoDefault(false);

    auto *custom = new QGridLayout;
    custom->addWidget(m_key, 0, 0);
    custom->addWidget(m_value, 0, 1);
    custom->addWidget(m_add, 0, 2);
    custom->addWidget(m_addProblem, 1, 0, 1, 3);
    custom->setColumnStretch(0, 2);
    custom->setColumnStretch(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(introLabel);
    layout->addWidget(customTitle);
    layout->addLayout(custom);
    layout->addSpacing(6);
    layout->addWidget(m_listTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_summary);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        appendRow(it.key(), it.value());

    connect(m_key, &QLineEdit::textChanged, this, &MetadataDialog::update);
    connect(m_value, &QLineEdit::textChanged, this, &MetadataDialog::update);
    connect(m_add, &QPushButton::clicked, this, &MetadataDialog::addCustom);
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetadataDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QPushButton *MetadataDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

int MetadataDialog::rowOf(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, KeyColumn)->text() == key)
            return row;
    return -1;
}

void MetadataDialog::appendRow(const QString &key, const QString &value)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // The key names the pair; changing it is a remove and an add, so it is not edited in place.
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setFlags(Qt::ItemIsEnabled);
    keyItem->setToolTip(key);
    m_table->setItem(row, KeyColumn, keyItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *remove = new QToolButton(m_table);
    remove->setObjectName(QStringLiteral("RemoveMetadataButton"));
    remove->setIcon(Icons::get(QStringLiteral("action-remove")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1").arg(key));
    remove->setAccessibleName(tr("Remove %1").arg(key));
    connect(remove, &QToolButton::clicked, this, [this, key] { removeKey(key); });
    m_table->setCellWidget(row, RemoveColumn, remove);
}

bool MetadataDialog::removeKey(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    m_table->removeRow(row);
    update();
    return true;
}

bool MetadataDialog::setValue(const QString &key, const QString &value)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    m_table->item(row, ValueColumn)->setText(value);
    return true;
}

QMap<QString, QString> MetadataDialog::currentValues() const
{
    QMap<QString, QString> values;
    for (int row = 0; row < m_table->rowCount(); ++row)
        values.insert(m_table->item(row, KeyColumn)->text(), m_table->item(row, ValueColumn)->text());
    return values;
}

QMap<QString, QString> MetadataDialog::changedValues() const
{
    QMap<QString, QString> changed;
    const QMap<QString, QString> now = currentValues();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!m_original.contains(it.key()) || m_original.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

QStringList MetadataDialog::removedKeys() const
{
    QStringList removed;
    const QMap<QString, QString> now = currentValues();
    for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
        if (!now.contains(it.key()))
            removed.append(it.key());
    return removed;
}

QString MetadataDialog::addProblem() const
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return {};
    if (rowOf(key) >= 0)
        return tr("Key '%1' is already listed; change its value in the table below").arg(key);
    return m_validator ? m_validator(key, m_value->text()) : QString();
}

QString MetadataDialog::saveProblem() const
{
    const QMap<QString, QString> now = currentValues();
    if (m_validator)
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (const QString problem = m_validator(it.key(), it.value()); !problem.isEmpty())
                return problem;
    if (!m_key->text().trimmed().isEmpty())
        return tr("Add the key '%1' above, or clear it, first").arg(m_key->text().trimmed());
    return {};
}

QString MetadataDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MetadataDialog::addCustom()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || !addProblem().isEmpty())
        return;
    appendRow(key, m_value->text());
    m_key->clear();
    m_value->clear();
    m_key->setFocus();
    update();
}

void MetadataDialog::update()
{
    const QString add = addProblem();
    m_add->setEnabled(!m_key->text().trimmed().isEmpty() && add.isEmpty());
    m_addProblem->setText(add);
    m_addProblem->setVisible(!add.isEmpty());

    const QString save = saveProblem();
    const QStringList changed = changedValues().keys();
    const QStringList removed = removedKeys();
    saveButton()->setEnabled(save.isEmpty());
    saveButton()->setToolTip(save); // a disabled button says why
    m_saveProblem->setText(save);
    m_saveProblem->setVisible(!save.isEmpty());
    // What Save will do, by name, so a removal is not a surprise.
    QStringList plan;
    if (!changed.isEmpty())
        plan << tr("Save sets %1.").arg(changed.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        plan << tr("Save removes %1.").arg(removed.join(QStringLiteral(", ")));
    m_summary->setText(plan.join(QLatin1Char(' ')));
    m_summary->setVisible(!plan.isEmpty());
    m_empty->setVisible(m_table->rowCount() == 0);
    m_listTitle->setText(tr("Metadata (%1)").arg(m_table->rowCount()));
    // An old refusal no longer applies once the user changes what was refused.
    m_error->setVisible(false);
    growToFit(this);
}

void MetadataDialog::save()
{
    if (!saveProblem().isEmpty())
        return;
    if (m_applier) {
        const QString refusal = m_applier(changedValues(), removedKeys());
        if (!refusal.isEmpty()) {
            m_error->setText(refusal);
            m_error->setVisible(true);
            growToFit(this);
            return;
        }
    }
    accept();
}

} // namespace sd

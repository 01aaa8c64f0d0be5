#include "metadatapage.h"

#include "icons.h"

#include "compute/instance/instanceservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace sd {

MetadataPage::MetadataPage(QWidget *parent)
    : LaunchPage(tr("Metadata"),
                 tr("Add key/value metadata to the instance. The guest reads it from the metadata service; "
                    "people and scripts use it to describe the instance (role=web, owner=ops)."),
                 parent),
      m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(Icons::get(QStringLiteral("action-add")), tr("Add Pair"), this)),
      m_remove(new QPushButton(Icons::get(QStringLiteral("action-remove")), tr("Remove Pair"), this))
{
    setObjectName(QStringLiteral("MetadataPage"));
    m_table->setObjectName(QStringLiteral("MetadataTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 240);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_add->setObjectName(QStringLiteral("AddPairButton"));
    m_remove->setObjectName(QStringLiteral("RemovePairButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    content()->addLayout(buttons);
    content()->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addPair({}, {});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        update();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataPage::update);
    update();
}

void MetadataPage::addPair(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    update();
}

QMap<QString, QString> MetadataPage::pairs() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 1))
            out.insert(m_table->item(row, 0)->text().trimmed(), m_table->item(row, 1)->text());
    return out;
}

QString MetadataPage::problem() const
{
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (seen.contains(key))
            return tr("Metadata key '%1' is given twice").arg(key);
        seen.append(key);
    }
    auto valid = InstanceService::validateMetadata(pairs());
    return valid ? QString() : valid.error().message;
}

void MetadataPage::contribute(LaunchSpec &spec) const
{
    spec.metadata = pairs();
}

} // namespace sd

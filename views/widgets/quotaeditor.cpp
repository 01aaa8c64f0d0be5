#include "quotaeditor.h"

#include "models/quotalabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>

#include <climits>

namespace sd {

QuotaEditor::QuotaEditor(bool showUsage, QWidget *parent) : QTabWidget(parent), m_showUsage(showUsage)
{
    setObjectName(QStringLiteral("QuotaEditor"));
    QList<QLabel *> labels;
    for (QuotaResource::Group group : QuotaLabels::groups()) {
        auto *page = new QWidget(this);
        auto *form = new QFormLayout(page);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        form->setContentsMargins(16, 14, 16, 14);
        for (const QuotaResource &r : quotaResources()) {
            if (r.group != group)
                continue;
            const QString name = QLatin1String(r.name);
            auto *box = new QSpinBox(page);
            box->setObjectName(name);
            // The minimum is -1 and shows as its special text: Horizon's "-1 = unlimited" without
            // making anyone type a magic number.
            box->setRange(-1, INT_MAX);
            box->setSpecialValueText(tr("Unlimited"));
            box->setGroupSeparatorShown(true);
            box->setAccelerated(true);
            box->setMinimumWidth(140);
            box->setAlignment(Qt::AlignRight);
            box->setToolTip(
                tr("%1 (%2); the lowest value, -1, means no limit").arg(QuotaLabels::name(name), name));
            m_boxes.insert(name, box);
            auto *row = new QHBoxLayout;
            row->setSpacing(10);
            row->addWidget(box);
            if (m_showUsage) {
                auto *usage = new QLabel(page);
                usage->setObjectName(QStringLiteral("HintLabel"));
                usage->setMinimumWidth(220);
                m_usage.insert(name, usage);
                row->addWidget(usage);
            }
            row->addStretch(1);
            auto *label = new QLabel(QuotaLabels::name(name), page);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            labels.append(label);
            form->addRow(label, row);
            connect(box, &QSpinBox::valueChanged, this, [this, name] {
                updateUsage(name);
                emit changed();
            });
        }
        addTab(page, QuotaLabels::groupTitle(group));
    }
    // One label width on every tab, so the spin boxes do not jump sideways when the tab changes.
    int width = 0;
    for (QLabel *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void QuotaEditor::setLines(const QList<QuotaLine> &lines)
{
    for (const QuotaLine &line : lines) {
        QSpinBox *box = m_boxes.value(line.resource);
        if (!box)
            continue;
        m_original.insert(line.resource, line);
        box->setValue(int(qBound(qint64(-1), line.limit, qint64(INT_MAX))));
        updateUsage(line.resource);
    }
}

QHash<QString, qint64> QuotaEditor::limits() const
{
    QHash<QString, qint64> result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        result.insert(it.key(), it.value()->value());
    return result;
}

QHash<QString, qint64> QuotaEditor::changedLimits() const
{
    QHash<QString, qint64> result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const auto original = m_original.constFind(it.key());
        // Compared as the spin box holds it: a limit beyond its range is not "changed" by being shown.
        if (original == m_original.cend() ||
            qBound(qint64(-1), original->limit, qint64(INT_MAX)) != it.value()->value())
            result.insert(it.key(), it.value()->value());
    }
    return result;
}

QStringList QuotaEditor::belowUsage() const
{
    QStringList names;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const qint64 used = m_original.value(it.key()).inUse;
        if (it.value()->value() >= 0 && it.value()->value() < used)
            names.append(it.key());
    }
    names.sort();
    return names;
}

void QuotaEditor::updateUsage(const QString &resource)
{
    QLabel *label = m_usage.value(resource);
    if (!label)
        return;
    const qint64 used = m_original.value(resource).inUse;
    const int limit = m_boxes.value(resource)->value();
    const bool below = limit >= 0 && limit < used;
    label->setText(below ? tr("%1 in use: above this limit").arg(QLocale().toString(used))
                         : tr("%1 in use").arg(QLocale().toString(used)));
    // Allowed, like Nova; the colour says new creates will be refused until usage drops.
    label->setObjectName(below ? QStringLiteral("FieldError") : QStringLiteral("HintLabel"));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace sd

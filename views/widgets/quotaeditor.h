#pragma once

#include "quota/quotaservice.h"

#include <QHash>
#include <QTabWidget>

class QLabel;
class QSpinBox;

namespace sd {

// Quota limits to edit, on Horizon's Compute / Volume / Network tabs: a spin box per resource where
// -1 reads "Unlimited", and, for a project, what it uses now beside each, flagged when a new limit
// would be below it (allowed, like Nova, but new creates will be refused).
class QuotaEditor : public QTabWidget
{
    Q_OBJECT

public:
    explicit QuotaEditor(bool showUsage, QWidget *parent = nullptr);

    void setLines(const QList<QuotaLine> &lines);
    QHash<QString, qint64> limits() const;
    // Only what the user changed: untouched limits stay as they are (a project keeps following the
    // defaults where it never had its own limit).
    QHash<QString, qint64> changedLimits() const;
    // Resources whose new limit is below the usage shown.
    QStringList belowUsage() const;

    QSpinBox *spinBox(const QString &resource) const { return m_boxes.value(resource); }
    QLabel *usageLabel(const QString &resource) const { return m_usage.value(resource); }

Q_SIGNALS:
    void changed();

private:
    void updateUsage(const QString &resource);

    bool m_showUsage;
    QHash<QString, QSpinBox *> m_boxes;
    QHash<QString, QLabel *> m_usage;
    QHash<QString, QuotaLine> m_original;
};

} // namespace sd

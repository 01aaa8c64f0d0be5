#pragma once

#include "compute/instance/instance.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sd {

// An instance's Overview tab, in the groups of Horizon's _detail_overview.html: the instance itself,
// its fault (only when it has one), Specs (the flavor as copied at launch), IP Addresses per network,
// and Metadata (key name, image, custom keys).
class InstanceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceOverview(QWidget *parent = nullptr);

    void setInstance(const Instance &instance, const QDateTime &now);
    // The value shown for a field label ("vCPUs" → "1"), for tests; empty when not shown.
    QString valueOf(const QString &label) const;

private:
    void clear();
    void addSection(const QString &title);
    void addField(const QString &label, const QString &value);

    QFormLayout *m_form;
    QList<std::pair<QString, QLabel *>> m_fields;
};

} // namespace sd

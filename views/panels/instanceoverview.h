#pragma once

#include "compute/instance/instance.h"
#include "volume/volume.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sd {

// An instance's Overview tab, in the groups of Horizon's _detail_overview.html: the instance itself,
// its fault (only when it has one), Specs (the flavor as copied at launch), IP Addresses per network,
// Metadata (key name, image — or, for a volume-backed instance, the volume it boots from —, custom keys),
// and Volumes Attached.
class InstanceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceOverview(QWidget *parent = nullptr);

    void setInstance(const Instance &instance, const QDateTime &now);
    // Horizon's last group, after setInstance(): "<volume> on /dev/vdb" per attached volume; the boot
    // volume's name goes into the Image line too.
    void setVolumes(const QList<Volume> &volumes);
    // The value shown for a field label ("vCPUs" → "1"), for tests; empty when not shown.
    QString valueOf(const QString &label) const;

private:
    void clear();
    void addSection(const QString &title);
    void addField(const QString &label, const QString &value);
    static QString bootsFromText(const QString &volume, const QString &imageName);

    QFormLayout *m_form;
    QList<std::pair<QString, QLabel *>> m_fields;
    QString m_bootVolumeId;
    QString m_bootImageName;
};

} // namespace sd

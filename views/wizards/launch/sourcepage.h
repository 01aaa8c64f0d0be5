#pragma once

#include "flavorfit.h"
#include "launchoptions.h"
#include "launchpage.h"

#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace sd {

class ChoiceTable;
class YesNoSwitch;

// Launch Instance, step 2 "Source", as Horizon's: Select Boot Source (Image, Instance Snapshot — the
// images with image_type=snapshot —, Volume, Volume Snapshot), each with a table of the project's
// choices; a row that cannot boot is greyed out with the reason (BootSourceFit, the engine's rules). An
// image boots as a local copy-on-write overlay or, with Create New Volume, from a new volume of Volume
// Size (GB) — at least Horizon's minimum — and Volume Type; an existing volume boots in place (so one
// instance only); a volume snapshot is always copied into a new volume. Delete Volume on Instance
// Delete goes with every volume. The fields a source does not use are hidden and not sent.
class SourcePage : public LaunchPage
{
    Q_OBJECT

public:
    // The entries of Select Boot Source; an instance snapshot is an image to the engine.
    enum class Kind
    {
        Image,
        InstanceSnapshot,
        Volume,
        VolumeSnapshot,
    };

    // source and preselectedId: the choice the wizard opens with (from the Images, Volumes or Volume
    // Snapshots panel); an image that is an instance snapshot opens as Instance Snapshot.
    SourcePage(const LaunchOptions &options, BootSource source, const QString &preselectedId,
               QWidget *parent = nullptr);

    QComboBox *bootSourceCombo() const { return m_kind; }
    Kind kind() const;
    void setKind(Kind kind);
    // The current kind's table, or the given kind's.
    ChoiceTable *table() const { return table(kind()); }
    ChoiceTable *table(Kind kind) const { return m_tables.value(kind); }
    YesNoSwitch *createVolumeSwitch() const { return m_createVolume; }
    QSpinBox *volumeSizeBox() const { return m_size; }
    QComboBox *volumeTypeCombo() const { return m_type; }
    YesNoSwitch *deleteOnTerminationSwitch() const { return m_deleteOnTermination; }

    // Whether the launch makes a new volume (Create New Volume, or a volume snapshot).
    bool makesVolume() const;
    // The least Volume Size (GB) the chosen source allows; 0 when no volume is made or nothing is chosen.
    qint64 minimumVolumeGb() const;
    // The image the root disk's data comes from: the chosen image, or the one the chosen volume (or the
    // snapshot's volume) was made from; nullptr when there is none or it is not known.
    const Image *image() const;
    FlavorFit::Root root() const;
    // The Details step's count: an existing volume can boot one instance only.
    void setCount(int count);

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    void addImageTable(Kind kind, const QList<Image> &images);
    void addVolumeTable(const QList<Volume> &volumes);
    void addSnapshotTable(const QList<VolumeSnapshot> &snapshots);
    ChoiceTable *makeTable(Kind kind, const QStringList &headers, const QString &objectName);
    void kindChanged();
    // A new source was chosen: the size starts at what it needs, the type at its volume's.
    void sourceChosen();
    void showFields();
    QString chosenKey() const;
    const Volume *volume(const QString &id) const;
    const VolumeSnapshot *snapshot(const QString &id) const;
    QString emptyProblem(Kind kind) const;
    QString quotaProblem(qint64 sizeGb) const;

    QList<Image> m_images; // active ones, instance snapshots included
    QList<Volume> m_volumes;
    QList<VolumeSnapshot> m_snapshots;
    QHash<QString, Image> m_volumeImages;
    VolumeQuota m_quota;
    int m_count = 1;
    QString m_sizedFor; // the source whose needs the size and type were last set to

    QComboBox *m_kind;
    QFormLayout *m_form;
    YesNoSwitch *m_createVolume;
    QWidget *m_sizeRow;
    QSpinBox *m_size;
    QLabel *m_sizeHint;
    QComboBox *m_type;
    YesNoSwitch *m_deleteOnTermination;
    QLabel *m_listLabel;
    QStackedWidget *m_stack;
    QMap<Kind, ChoiceTable *> m_tables;
};

} // namespace sd

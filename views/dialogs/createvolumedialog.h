#pragma once

#include "core/requestcontext.h"
#include "image/image.h"
#include "models/volumequota.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

class Engine;
class UsageDonut;

// Project › Volumes › Volumes › Create Volume, Horizon's form: Name, Description, Volume Source (no
// source, a snapshot, an image or another volume, each with its chooser), Type, Size in GiB and
// Availability Zone, with the project's volumes, snapshots and gigabytes quotas as donuts. The size
// starts at the source's minimum and is refused below it (the image's min_disk included) and over the
// quota in Horizon's words, as the user types; the engine's refusal stays in the dialog.
class CreateVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        None,
        Snapshot,
        Image,
        Volume
    };

    CreateVolumeDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *sourceTypeCombo() const { return m_sourceType; }
    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *sizeBox() const { return m_size; }
    QComboBox *zoneCombo() const { return m_zone; }
    QLabel *sizeHintLabel() const { return m_sizeHint; }
    UsageDonut *volumesDonut() const { return m_volumesDonut; }
    UsageDonut *snapshotsDonut() const { return m_snapshotsDonut; }
    UsageDonut *gigabytesDonut() const { return m_gigabytesDonut; }

    // Chooses the source kind and, for a snapshot, image or volume, the one with this id; false when it
    // is not offered.
    bool chooseSource(Source kind, const QString &id = {});
    Source sourceKind() const;
    // The smallest size the chosen source allows, in GiB (1 without a source).
    qint64 minimumSize() const;
    VolumeSpec spec() const;

Q_SIGNALS:
    void volumeCreated(const QString &id, const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    void loadChoices();
    void sourceTypeChanged();
    void sourceChanged();
    void showUsage();
    // The source's own size refusal in Horizon's words; empty when the size is enough.
    QString sizeRefusal() const;

    Engine &m_engine;
    RequestContext m_ctx;
    VolumeQuota m_quota;
    QList<VolumeSnapshot> m_snapshots;
    QList<Image> m_images;
    QList<Volume> m_volumes;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_sourceType;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QComboBox *m_type;
    QSpinBox *m_size;
    QLabel *m_sizeHint;
    QComboBox *m_zone;
    UsageDonut *m_volumesDonut;
    UsageDonut *m_snapshotsDonut;
    UsageDonut *m_gigabytesDonut;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

#include <QMap>
#include <QSet>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Admin › Volume › Volume Types › Create Volume Type: a name, the storage it stands for (a libvirt pool
// type and the fields of its pool XML, which follow the chosen type: a directory's path, an NFS server
// and export, a volume group, an iSCSI target, a Ceph pool), public or not, and Cinder's extra specs one
// "key=value" a line. The engine then prepares the pool on every real host that is up; the dialog waits
// for that task without blocking anything and shows a host's refusal (a path that does not exist) here.
class CreateVolumeTypeDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateVolumeTypeDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *poolTypeCombo() const { return m_poolType; }
    // The field of a pool option of the chosen type ("path", "source_host"); nullptr when it has none.
    QLineEdit *optionEdit(const QString &key) const { return m_optionEdits.value(key); }
    QStringList optionKeys() const { return m_optionEdits.keys(); }
    QCheckBox *publicCheck() const { return m_public; }
    QPlainTextEdit *extraSpecsEdit() const { return m_extraSpecs; }
    // True while the engine prepares the new type's pool on the hosts.
    bool isPreparing() const { return !m_task.isEmpty(); }

Q_SIGNALS:
    void volumeTypeCreated(const QString &name);

protected:
    QString problem() const override;
    // Quiet while the pool is prepared: the progress line says so.
    QString visibleProblem() const override;
    bool submit() override;

private:
    PoolType chosenPoolType() const;
    void showPoolOptions();
    QMap<QString, QString> poolOptions() const;
    void taskFinished(const QString &taskId);

    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_poolType;
    QWidget *m_optionsBox;
    QFormLayout *m_optionsForm;
    QMap<QString, QLineEdit *> m_optionEdits;
    QSet<QString> m_required;
    QMap<QString, QString> m_typed; // what was typed per key, kept while another pool type is shown
    QCheckBox *m_public;
    QPlainTextEdit *m_extraSpecs;
    QLabel *m_progress;
    QString m_task;
    QString m_createdName;
};

} // namespace sd

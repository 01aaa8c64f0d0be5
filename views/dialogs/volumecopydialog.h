#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Create Snapshot and Create Backup (Horizon's two forms are the same):
// a name and a description. A volume in-use is copied with force, as Horizon sends it, and the dialog
// says so; the snapshots quota is checked as the user types.
class VolumeCopyDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Snapshot,
        Backup
    };

    VolumeCopyDialog(Engine &engine, const RequestContext &ctx, const Volume &volume, Kind kind,
                     QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void copyCreated(const QString &id, const QString &name);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    Kind m_kind;
    QString m_quotaRefusal;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace sd

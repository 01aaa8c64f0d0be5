#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Edit Volume: Name, Description and Bootable (whether the volume may be
// launched as an instance), Horizon's UpdateForm. Only what changed is sent.
class EditVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    EditVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                     QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *bootableBox() const { return m_bootable; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_bootable;
};

} // namespace sd

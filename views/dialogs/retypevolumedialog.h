#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Change Volume Type: the other volume types and Cinder's migration policy
// (Never: refused when the type's pool differs; On Demand: the data is copied to the new type's pool).
class RetypeVolumeDialog : public FormDialog
{
    Q_OBJECT

public:
    RetypeVolumeDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                       QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *policyCombo() const { return m_policy; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    QComboBox *m_type;
    QComboBox *m_policy;
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"
#include "network/networktypes.h"

#include "formdialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace sd {

class Engine;

// Project › Network › Security Groups › Create Security Group and Edit Security Group: a name and a
// description, so one dialog; given a group, it edits that group.
class SecurityGroupDialog : public FormDialog
{
    Q_OBJECT

public:
    SecurityGroupDialog(Engine &engine, const RequestContext &ctx, const std::optional<SecurityGroup> &group,
                        QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void groupSaved(const QString &id, const QString &name);

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    std::optional<SecurityGroup> m_group;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace sd

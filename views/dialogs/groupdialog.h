#pragma once

#include "core/requestcontext.h"
#include "identity/identitytypes.h"

#include "formdialog.h"

#include <optional>

class QLineEdit;

namespace sd {

class Engine;

// Identity › Groups › Create Group and Edit Group: the same two fields (name, description), so one
// dialog; given a group, it edits that group.
class GroupDialog : public FormDialog
{
    Q_OBJECT

public:
    GroupDialog(Engine &engine, const RequestContext &ctx, const std::optional<Group> &group,
                QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    std::optional<Group> m_group;
    QLineEdit *m_name;
    QLineEdit *m_description;
};

} // namespace sd

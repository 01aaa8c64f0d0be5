#pragma once

#include "core/requestcontext.h"

#include "formdialog.h"

class QLineEdit;

namespace sd {

class Engine;

// Identity › Roles › Create Role: a name, and a word on what a role outside admin, member and reader
// lets its holders do.
class CreateRoleDialog : public FormDialog
{
    Q_OBJECT

public:
    CreateRoleDialog(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

protected:
    QString problem() const override;
    bool submit() override;

private:
    Engine &m_engine;
    RequestContext m_ctx;
    QLineEdit *m_name;
};

} // namespace sd

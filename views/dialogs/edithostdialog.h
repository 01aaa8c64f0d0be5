#pragma once

#include "core/requestcontext.h"
#include "hosts/hostinfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class Engine;
class HostForm;

// Admin › Hypervisors › Edit Host: name, zone, allocation ratios and reserved resources; sends only what
// changed (HostManager::update), and shows the engine's refusal in the dialog.
class EditHostDialog : public QDialog
{
    Q_OBJECT

public:
    EditHostDialog(Engine &engine, const RequestContext &ctx, const HostInfo &host,
                   QWidget *parent = nullptr);

    HostForm *form() const { return m_form; }
    QPushButton *okButton() const;

private:
    void submit();

    Engine &m_engine;
    RequestContext m_ctx;
    HostRecord m_record;
    HostForm *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd

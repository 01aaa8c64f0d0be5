#pragma once

#include "core/requestcontext.h"
#include "volume/volume.h"

#include "formdialog.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd {

class Engine;

// Project › Volumes › Volumes › Manage Attachments: the volume's attachment (instance and device) with
// Detach, and Horizon's attach form: an instance of the volume's project that is ACTIVE or SHUTOFF and a
// device name (empty: the next free one). A volume attaches to one instance at a time; the root volume of
// an instance cannot be detached. The table follows the volume's status as the tasks move it.
class ManageAttachmentsDialog : public FormDialog
{
    Q_OBJECT

public:
    ManageAttachmentsDialog(Engine &engine, const RequestContext &ctx, const Volume &volume,
                            QWidget *parent = nullptr);

    QTableWidget *attachmentsTable() const { return m_table; }
    QComboBox *instanceCombo() const { return m_instance; }
    QLineEdit *deviceEdit() const { return m_device; }
    // The Detach button of the attachment's row; nullptr when the volume is not attached.
    QPushButton *detachButton() const;
    // Chooses the instance to attach to by name or id; false when it is not offered.
    bool chooseInstance(const QString &nameOrId);

Q_SIGNALS:
    void notify(const QString &message, const QString &details);

protected:
    QString problem() const override;
    QString visibleProblem() const override;
    bool submit() override;

private:
    void loadInstances();
    void refresh();
    void showAttachments();
    void confirmDetach();

    Engine &m_engine;
    RequestContext m_ctx;
    Volume m_volume;
    QTableWidget *m_table;
    QComboBox *m_instance;
    QLineEdit *m_device;
};

} // namespace sd

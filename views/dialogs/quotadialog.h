#pragma once

#include "core/result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd {

class QuotaEditor;
struct QuotaLine;

// What Modify Quotas and Update Default Quotas share: an introduction, the limits on the quota tabs, the
// engine's refusal and OK / Cancel. A subclass loads the limits and sends the changed ones; when nothing
// changed, OK just closes.
class QuotaDialog : public QDialog
{
    Q_OBJECT

public:
    QuotaEditor *editor() const { return m_editor; }
    QPushButton *okButton() const;
    QString errorText() const;

protected:
    // showUsage: a project's dialog shows what it uses beside each limit; the defaults have no usage.
    QuotaDialog(bool showUsage, QWidget *parent);

    QLabel *intro() const { return m_intro; }
    // Shows the limits; when the engine refused them, shows why and leaves nothing to edit or send.
    void load(const Result<QList<QuotaLine>> &lines);
    // Sends the changed limits (never empty); false keeps the dialog open after showError().
    virtual bool save(const QHash<QString, qint64> &changed) = 0;
    void showError(const Error &error);

private:
    void submit();

    QuotaEditor *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QLabel *m_intro;
};

} // namespace sd

#pragma once

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd {

// Key/value metadata of one resource (a flavor's extra specs, later an image's properties): a custom
// key added at the top, the pairs below with their values editable, a pair removed with its row's
// button. The caller's validator says what is wrong with a pair (empty: nothing), in its own words; the
// caller's applier sends the changes and returns the refusal (empty: done), so a refusal stays in the
// dialog with the user's edits intact.
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<QString(const QString &key, const QString &value)>;
    using Applier = std::function<QString(const QMap<QString, QString> &changed, const QStringList &removed)>;

    MetadataDialog(const QString &title, const QString &intro, const QMap<QString, QString> &existing,
                   Validator validator, QWidget *parent = nullptr);

    // Without an applier, Save only closes the dialog and the caller reads changedValues()/removedKeys().
    void setApplier(Applier applier) { m_applier = std::move(applier); }

    // Added keys and keys whose value changed, with their new values.
    QMap<QString, QString> changedValues() const;
    // Keys that existed and were removed.
    QStringList removedKeys() const;
    // The pairs as they are now in the dialog.
    QMap<QString, QString> currentValues() const;

    // The Custom row: type a key and value, then Add (or Return).
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *addButton() const { return m_add; }
    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const;
    // Removes the pair as its row's button does; false when there is no such key.
    bool removeKey(const QString &key);
    // Sets a listed key's value as editing its cell does; false when there is no such key.
    bool setValue(const QString &key, const QString &value);
    // What keeps the custom pair from being added, and what keeps Save disabled; empty when nothing.
    QString addProblem() const;
    QString saveProblem() const;
    QString errorText() const;

private:
    int rowOf(const QString &key) const;
    void appendRow(const QString &key, const QString &value);
    void addCustom();
    void save();
    void update();

    QMap<QString, QString> m_original;
    Validator m_validator;
    Applier m_applier;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_add;
    QLabel *m_addProblem;
    QLabel *m_listTitle;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_summary;
    QLabel *m_saveProblem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd

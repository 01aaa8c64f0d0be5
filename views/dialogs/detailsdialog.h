#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace sd {

// What the details windows share (a network's, a router's, an instance's): the resource's name as the
// heading, its tabs, one line under them for a refusal or "deleted", and Close. They do not block the
// panel and follow their resource: a subclass reloads on the engine's notifications and calls
// showGone() when the resource is deleted, instead of showing stale values.
class DetailsDialog : public QDialog
{
    Q_OBJECT

public:
    DetailsDialog(const QString &objectName, const QString &windowTitle, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The refusal or "deleted" line under the tabs; empty when none is shown.
    QString messageText() const;
    // The Overview's value for a field label ("MTU" → "1500"), for tests.
    QString overviewValue(const QString &label) const;

Q_SIGNALS:
    // A refusal from an action in this window: shown here too, where the user is looking.
    void notify(const QString &message, const QString &details);

protected:
    void setHeading(const QString &name);
    // Something changed after the last refusal; it may no longer apply.
    void clearMessage();
    // The resource cannot be shown any more (deleted, or no longer visible): the tabs are disabled.
    void showGone(const QString &message);
    // A selectable value row of an Overview form, found again by overviewValue().
    QLabel *addField(QFormLayout *form, const QString &label);

private:
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QList<std::pair<QString, QLabel *>> m_fields;
};

} // namespace sd

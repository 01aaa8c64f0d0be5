#pragma once

#include "hosts/hostinfo.h"

#include <QFrame>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace sd {

// Everything about the selected host that does not fit a table row: connection, versions, ratios,
// reserved resources, the last error, and what its driver can do.
class HostDetailsPane : public QFrame
{
    Q_OBJECT

public:
    explicit HostDetailsPane(QWidget *parent = nullptr);

    void setHost(const std::optional<HostInfo> &host);
    // The capability rows as shown ("Device hotplug" → true), for tests.
    QList<std::pair<QString, bool>> capabilities() const { return m_capabilityState; }
    QString simulatedNote() const;

private:
    QLabel *addField(QFormLayout *form, const QString &label);

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_uri;
    QLabel *m_kind;
    QLabel *m_cpuModel;
    QLabel *m_libvirt;
    QLabel *m_hypervisor;
    QLabel *m_ratios;
    QLabel *m_reserved;
    QLabel *m_since;
    QLabel *m_lastError;
    QLabel *m_foreign;
    QList<std::pair<QLabel *, QLabel *>> m_capabilityRows; // icon, text
    QList<std::pair<QString, bool>> m_capabilityState;
    QLabel *m_note;
};

} // namespace sd

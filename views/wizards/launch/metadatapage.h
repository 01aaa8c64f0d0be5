#pragma once

#include "launchpage.h"

class QPushButton;
class QTableWidget;

namespace sd {

// Launch Instance, step 11 "Metadata": custom key/value pairs for the instance (Nova's server metadata,
// which the guest can read), each key and value at most 255 characters, checked with the engine's own
// rule as they are typed.
class MetadataPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit MetadataPage(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Appends an editable row; the tests and the Add button use it.
    void addPair(const QString &key, const QString &value);
    QMap<QString, QString> pairs() const;

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace sd

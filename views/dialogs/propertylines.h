#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace sd {

// Custom image properties typed one "key=value" per line (Create Image's Metadata box). The first wrong
// line is named with its number, in the engine's words for the key and value.
class PropertyLines
{
    Q_DECLARE_TR_FUNCTIONS(sd::PropertyLines)

public:
    // reservedByFields: keys the dialog sets from its own fields (description, architecture), which a
    // line may not set a second time.
    static PropertyLines parse(const QString &text, const QStringList &reservedByFields = {});

    QMap<QString, QString> properties;
    QString problem; // empty: every line is a property
};

} // namespace sd

#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace sd {

// A volume type's extra specs typed one "key=value" a line (Create Volume Type's Extra Specs box), each
// checked as the engine checks it; the first wrong line is named with its number.
class ExtraSpecLines
{
    Q_DECLARE_TR_FUNCTIONS(sd::ExtraSpecLines)

public:
    static ExtraSpecLines parse(const QString &text);

    QMap<QString, QString> specs;
    QString problem; // empty: every line is an extra spec
};

} // namespace sd

#pragma once

#include "core/requestcontext.h"

#include <QComboBox>

namespace sd {

class Engine;

// (Named with Keystone's old word for a project, to stay clear of the Projects panel's files.)
// A combo of the projects the user may see, for a user's primary project. The first entry means "none";
// each entry carries the project's id.
class TenantCombo : public QComboBox
{
    Q_OBJECT

public:
    TenantCombo(Engine &engine, const RequestContext &ctx, QWidget *parent = nullptr);

    // Selects the project by name or id; an unknown one selects "none".
    void select(const QString &nameOrId);
    QString projectId() const { return currentData().toString(); }
};

} // namespace sd

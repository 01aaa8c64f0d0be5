#include "tenantcombo.h"

#include "engine.h"
#include "identity/projectservice.h"

namespace sd {

TenantCombo::TenantCombo(Engine &engine, const RequestContext &ctx, QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("PrimaryProjectCombo"));
    addItem(tr("No primary project"), QString());
    if (auto projects = engine.projects().list(ctx))
        for (const Project &p : *projects)
            addItem(p.name, p.id);
}

void TenantCombo::select(const QString &nameOrId)
{
    int at = findData(nameOrId);
    if (at < 0 && !nameOrId.isEmpty())
        at = findText(nameOrId);
    setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace sd

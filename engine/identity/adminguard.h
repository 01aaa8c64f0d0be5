#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace sd {

// The cloud must always keep an administrator who can log in: an enabled user holding the admin role,
// directly or through a group, on an enabled project. Changes that could break this (disabling or
// deleting users and projects, removing roles or group members) make their change inside a transaction
// and then call this before committing; a failure rolls the change back.
Result<void> ensureAnAdministratorRemains(QSqlDatabase &db, const QString &action);

} // namespace sd

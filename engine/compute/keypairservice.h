#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "keypair.h"

#include <QObject>

#include <memory>
#include <optional>

namespace sd {

class ActionLog;
class Database;
class Policy;
class QuotaService;

// Key pairs, as in Nova: each user's own, named uniquely per user; administrators may list, show and
// delete (and create for) another user's by naming the user. The quota key_pairs is the project's limit
// applied to each user's count. A generated private key is returned once and never stored.
class KeyPairService : public QObject
{
    Q_OBJECT

public:
    KeyPairService(std::shared_ptr<Database> db, const Policy *policy, QuotaService *quotas,
                   QObject *parent = nullptr);
    void setActionLog(ActionLog *log) { m_log = log; }

    // user: name or id; empty means the caller.
    Result<QList<KeyPair>> list(const RequestContext &ctx, const QString &user = {}) const;
    Result<KeyPair> show(const RequestContext &ctx, const QString &name, const QString &user = {}) const;
    // Generates a key (spec.publicKey empty) or imports spec.publicKey.
    Result<NewKeyPair> create(const RequestContext &ctx, const KeyPairSpec &spec);
    Result<void> remove(const RequestContext &ctx, const QString &name, const QString &user = {});

    // Nova's rule: 1-255 characters of letters, digits, spaces, '-', '_', '.' and '@'.
    static Result<void> validateName(const QString &name);

Q_SIGNALS:
    // id: KeyPair::key() ("<user id>/<name>").
    void keyPairChanged(const QString &id);
    void keyPairRemoved(const QString &id);

private:
    // The user the call is about: the caller, or (for administrators) the named user.
    Result<QString> targetUser(const RequestContext &ctx, const QString &user) const;
    std::optional<KeyPair> find(const QString &userId, const QString &name) const;

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    QuotaService *m_quotas;
    ActionLog *m_log = nullptr;
};

} // namespace sd

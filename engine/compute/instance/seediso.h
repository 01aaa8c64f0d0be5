#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// cloud-init's NoCloud seed (volume label "cidata"): meta-data with the instance id, the host name and the
// key pair's public key, and user-data as the user gave it. Nova's config drive carries the same facts.
struct SeedData
{
    QString instanceId;
    QString hostname;
    QStringList publicKeys;
    QByteArray userData;
    QString adminPassword; // written to meta-data as admin_pass, like Nova's config drive; never stored
};

class SeedIso
{
    Q_DECLARE_TR_FUNCTIONS(sd::SeedIso)

public:
    // Nova's limit on user data (65535 bytes of the Base64 text means 48 KiB usable; StackDesk takes the
    // data as it is, up to 64 KiB).
    static constexpr qint64 kMaxUserDataBytes = 64 * 1024;

    // The meta-data file's text (YAML). Values are quoted, so a key's comment cannot break the document.
    static QByteArray metaData(const SeedData &seed);
    // A DNS label from an instance name: lower case letters, digits and '-', at most 63 characters.
    static QString hostnameFor(const QString &instanceName, const QString &instanceId);
    // Writes meta-data and user-data into dir and packs them into dir/seed.iso with xorriso.
    static Result<QString> build(const SeedData &seed, const QString &dir);
};

} // namespace sd

#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// Writes a new private key where the user asked for it, readable by the user only (0600, as ssh demands),
// for stackctl's --private-key and the GUI's "Save…". The file is created with those permissions, never
// widened later, so no other user can open it in between.
class PrivateKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(sd::PrivateKeyFile)

public:
    enum class Existing
    {
        Refuse,
        Replace
    };
    // Refuse: an existing file is an error, so a key is never lost by writing over another one.
    // Replace: the user confirmed (a save dialog asked); the old file is removed first.
    static Result<void> write(const QString &path, const QString &privateKey,
                              Existing existing = Existing::Refuse);
    // The same refusal, before anything is created, so a key pair is not made for a file that cannot be.
    static Result<void> checkWritable(const QString &path);
};

} // namespace sd

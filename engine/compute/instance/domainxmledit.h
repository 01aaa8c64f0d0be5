#pragma once

#include "core/result.h"
#include "domainxml.h"

#include <QCoreApplication>

#include <optional>

namespace sd {

// What changes in an instance's own domain XML for rescue and rebuild. Only what is set changes.
struct DomainXmlChanges
{
    std::optional<QString> name;    // <title> and the StackDesk metadata's name
    std::optional<QString> imageId; // the StackDesk metadata's image
    // A disk put first (path set): the domain boots from it, and the domain's own virtio disks move one
    // letter down (vda -> vdb), as Nova's rescue does with disk.rescue.
    DomainDisk firstDisk;
    // The CD-ROM's (the NoCloud seed's) file, when a new seed replaces it.
    std::optional<QString> seedPath;
};

// Edits a domain XML that DomainXml::write made, token by token (QXmlStreamReader into QXmlStreamWriter),
// so the interfaces, graphics, console log and virtualisation type stay exactly as the build chose them,
// and nothing a user typed is ever spliced in as text.
class DomainXmlEdit
{
    Q_DECLARE_TR_FUNCTIONS(sd::DomainXmlEdit)

public:
    static Result<QString> apply(const QString &xml, const DomainXmlChanges &changes);
};

} // namespace sd

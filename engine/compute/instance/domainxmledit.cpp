#include "domainxmledit.h"

#include "hosts/hostprobe.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sd {

namespace {

// vda -> vdb: the next letter of a virtio disk's target, for the disks a rescue disk moves down.
QString nextTarget(const QString &dev)
{
    if (dev.size() < 3 || !dev.startsWith(QLatin1String("vd")) || dev.back() >= QLatin1Char('z'))
        return dev;
    return dev.left(dev.size() - 1) + QChar(dev.back().unicode() + 1);
}

// Writes the reader's start element with one attribute's value replaced.
void writeStartWith(QXmlStreamWriter &w, const QXmlStreamReader &r, const QString &attribute, const QString &value)
{
    w.writeStartElement(r.namespaceUri().toString(), r.name().toString());
    for (const QXmlStreamAttribute &a : r.attributes()) {
        if (a.qualifiedName() == attribute)
            w.writeAttribute(attribute, value);
        else
            w.writeAttribute(a);
    }
}

} // namespace

Result<QString> DomainXmlEdit::apply(const QString &xml, const DomainXmlChanges &c)
{
    const bool addDisk = !c.firstDisk.path.isEmpty();
    const QString ns = QLatin1String(kInstanceMetadataNamespace);
    QString out;
    QXmlStreamReader r(xml);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    QStringList path;  // the open elements' local names
    QString diskDevice; // "disk" or "cdrom" while inside a <disk>
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartDocument() || r.isEndDocument() || r.isDTD() || (r.isCharacters() && r.isWhitespace()))
            continue;
        if (r.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
            w.writeCurrentToken(r);
            continue;
        }
        if (!r.isStartElement()) {
            w.writeCurrentToken(r);
            continue;
        }
        const QString name = r.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        const bool ours = r.namespaceUri() == ns;
        if (c.name && path.size() == 1 && name == QLatin1String("title")) {
            w.writeTextElement(name, *c.name);
            r.skipCurrentElement();
            continue;
        }
        if (c.name && ours && name == QLatin1String("name")) {
            w.writeTextElement(ns, name, *c.name);
            r.skipCurrentElement();
            continue;
        }
        // The boot disk is named by <boot order> on the rescue disk; libvirt refuses both ways at once.
        if (addDisk && parent == QLatin1String("os") && name == QLatin1String("boot")) {
            r.skipCurrentElement();
            continue;
        }
        if (name == QLatin1String("disk") && parent == QLatin1String("devices"))
            diskDevice = r.attributes().value(QStringLiteral("device")).toString();
        if (c.imageId && ours && name == QLatin1String("image"))
            writeStartWith(w, r, QStringLiteral("id"), *c.imageId);
        else if (addDisk && parent == QLatin1String("disk") && diskDevice == QLatin1String("disk")
                 && name == QLatin1String("target"))
            writeStartWith(w, r, QStringLiteral("dev"), nextTarget(r.attributes().value(QStringLiteral("dev")).toString()));
        else if (c.seedPath && parent == QLatin1String("disk") && diskDevice == QLatin1String("cdrom")
                 && name == QLatin1String("source"))
            writeStartWith(w, r, QStringLiteral("file"), *c.seedPath);
        else
            w.writeCurrentToken(r);
        path.append(name);
        if (addDisk && name == QLatin1String("devices"))
            DomainXml::writeDisk(w, c.firstDisk);
    }
    if (r.hasError())
        return makeError(ErrorCode::Internal, tr("The instance's domain XML cannot be read (line %1): %2")
                                                  .arg(r.lineNumber())
                                                  .arg(r.errorString()));
    w.writeEndDocument();
    return out.trimmed() + QLatin1Char('\n');
}

} // namespace sd

#include "graphicslisten.h"

#include <QXmlStreamReader>

namespace sd {

namespace {

struct Listen
{
    QString type = QStringLiteral("address");
    QString address;
    QString socket;
    int port = -1;
    bool found = false;
};

// The index-th <devices><graphics> and its first <listen> child.
Listen readGraphics(const QString &xml, int index)
{
    Listen listen;
    QXmlStreamReader r(xml);
    int depth = 0, seen = -1;
    bool inDevices = false, inWanted = false, haveChild = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            const auto a = r.attributes();
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = true;
            else if (inDevices && depth == 3 && r.name() == QLatin1String("graphics") && ++seen == index) {
                inWanted = listen.found = true;
                bool ok = false;
                const int port = a.value(QStringLiteral("port")).toInt(&ok);
                listen.port = ok ? port : -1;
                listen.address = a.value(QStringLiteral("listen")).toString();
            } else if (inWanted && depth == 4 && r.name() == QLatin1String("listen") && !haveChild) {
                haveChild = true;
                if (a.hasAttribute(QStringLiteral("type")))
                    listen.type = a.value(QStringLiteral("type")).toString();
                if (a.hasAttribute(QStringLiteral("address")))
                    listen.address = a.value(QStringLiteral("address")).toString();
                listen.socket = a.value(QStringLiteral("socket")).toString();
            }
        } else if (r.isEndElement()) {
            if (depth == 3)
                inWanted = false;
            if (depth == 2 && r.name() == QLatin1String("devices"))
                inDevices = false;
            --depth;
        }
    }
    return listen;
}

} // namespace

Result<int> GraphicsListen::loopbackPort(const QString &domainXml, int index, const QString &instanceName)
{
    const Listen listen = readGraphics(domainXml, index);
    if (!listen.found)
        return makeError(ErrorCode::NotFound,
                         tr("Instance %1 has no graphics device %2").arg(instanceName).arg(index));
    if (listen.type == QLatin1String("socket"))
        return makeError(
            ErrorCode::Conflict,
            tr("graphics of %1 listen on %2, not the host's loopback")
                .arg(instanceName, listen.socket.isEmpty() ? tr("a UNIX socket") : listen.socket));
    if (listen.type == QLatin1String("none"))
        return makeError(ErrorCode::Conflict,
                         tr("graphics of %1 listen on nothing (listen type none), not the host's loopback")
                             .arg(instanceName));
    if (listen.address != QLatin1String("127.0.0.1") && listen.address != QLatin1String("localhost"))
        return makeError(ErrorCode::Conflict,
                         tr("graphics of %1 listen on %2, not the host's loopback")
                             .arg(instanceName, listen.address.isEmpty()
                                                    ? tr("an address the domain does not say")
                                                    : listen.address));
    if (listen.port <= 0)
        return makeError(
            ErrorCode::Conflict,
            tr("graphics of %1 have no TCP port on the host (port %2)").arg(instanceName).arg(listen.port));
    return listen.port;
}

} // namespace sd

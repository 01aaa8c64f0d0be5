#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// libvirt's test driver forgets everything when the process ends. What the database says should exist
// on a simulated host is gathered here (on the main thread, from the store) and re-applied on the host's
// worker each time it connects, so `stackctl` runs and the GUI see one consistent lab.
struct SimulatedState
{
    Q_DECLARE_TR_FUNCTIONS(sd::SimulatedState)

public:
    struct Domain
    {
        QString xml;
        bool running = false;
        bool paused = false; // running, then paused
    };

    // A volume in one of the pools above (by pool name).
    struct StorageVolume
    {
        QString pool;
        QString xml;
    };

    QStringList storagePoolXml;
    QList<StorageVolume> volumes;
    QStringList networkXml;
    QList<Domain> domains;

    bool isEmpty() const
    {
        return storagePoolXml.isEmpty() && volumes.isEmpty() && networkXml.isEmpty() && domains.isEmpty();
    }
    void append(const SimulatedState &other);

    // Defines (and starts) what is missing; what already exists is left alone. Returns the problems, one
    // sentence each, so one bad object does not stop the rest.
    QStringList applyTo(virConnectPtr conn) const;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::SimulatedState)

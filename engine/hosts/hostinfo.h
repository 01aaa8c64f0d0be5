#pragma once

#include "hostfacts.h"
#include "hostrecord.h"

#include <QMetaType>

namespace sd {

// Connection state, as Horizon's Compute Host tab shows it ("State: up/down"); enabled/disabled is the
// separate "Status".
enum class HostState {
    Connecting,
    Up,
    Down,
};

QString hostStateName(HostState state);

enum class HostKind {
    Simulated, // test:/// — libvirt's in-process test driver
    Local,     // qemu:///system over the local UNIX socket
    Remote,    // qemu+ssh://, qemu+tls://, qemu+tcp://
};

QString hostKindName(HostKind kind);

// Everything a list or a details page shows about one host.
struct HostInfo
{
    HostRecord record;
    HostKind kind = HostKind::Simulated;
    HostState state = HostState::Connecting;
    QString lastError;   // why it is down, in the user's words
    QDateTime stateSince;
    HostFacts facts;     // live while up; the last stored ones while down
    bool factsLive = false;

    QString statusName() const { return record.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"); }
};

} // namespace sd

Q_DECLARE_METATYPE(sd::HostState)

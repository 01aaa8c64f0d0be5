#!/bin/bash
# libvirtd-netns.sh start STATEDIR | stop STATEDIR
#
# Runs virtlogd + the monolithic libvirtd (Debian 12 has no split daemons
# packaged, and this machine has no systemd to socket-activate them) inside a
# network namespace of their own, so that the bridges, dnsmasq and guest
# traffic of the integration tests never touch the host's network.
# Pid files, configs and logs live in STATEDIR.  The daemons still use the
# usual global paths (/run/libvirt sockets, /etc/libvirt, /var/lib/libvirt),
# so only one such libvirtd can run on a machine at a time; clients connect
# with qemu:///system as usual.
set -euo pipefail

CMD=${1:-}
STATEDIR=${2:-}
# The daemons must not inherit a caller's libvirt logging (StackDesk points LIBVIRT_LOG_OUTPUTS at its own
# data dir, which a test deletes when it ends; libvirtd's helpers would then fail to log and report errors).
unset LIBVIRT_LOG_OUTPUTS LIBVIRT_LOG_FILTERS LIBVIRT_DEBUG
# libvirtd locks a guest's pty in /var/lock (LCK.._pts_N) when a console is opened; on a machine whose /run
# was never populated by systemd-tmpfiles (a container, a chroot) /var/lock -> /run/lock does not exist yet.
mkdir -p "$(readlink -f /var/lock)" 2>/dev/null || true
if [ -z "$STATEDIR" ] || { [ "$CMD" != start ] && [ "$CMD" != stop ]; }; then
    echo "usage: $0 start|stop STATEDIR" >&2
    exit 2
fi
mkdir -p "$STATEDIR"
STATEDIR=$(cd "$STATEDIR" && pwd)
# Namespace name: stable per STATEDIR, short (ip netns names are file names).
NS="sdtest-$(printf '%s' "$STATEDIR" | sha1sum | cut -c1-10)"
SOCK=/run/libvirt/libvirt-sock
die() {
    echo "libvirtd-netns: $*" >&2
    for f in libvirtd.log virtlogd.log; do
        [ -s "$STATEDIR/$f" ] && { echo "--- tail of $STATEDIR/$f" >&2; tail -n 30 "$STATEDIR/$f" >&2; }
    done
    exit 1
}
pid_of() {  # pid from a pid file if that process is still alive
    local p
    p=$(cat "$STATEDIR/$1.pid" 2>/dev/null) || return 1
    [ -n "$p" ] && kill -0 "$p" 2>/dev/null && echo "$p"
}

# shellcheck disable=SC2086   # $pids/$alive are space-separated pid lists
stop() {
    # Every process in our netns: libvirtd, virtlogd, and whatever they
    # spawned (qemu, dnsmasq).  Also the pid-file daemons in case the netns
    # is already gone.
    local pids p alive
    pids="$(pid_of libvirtd || true) $(pid_of virtlogd || true)"
    if [ -e "/run/netns/$NS" ]; then
        pids="$pids $(ip netns pids "$NS" 2>/dev/null || true)"
    fi
    pids=$(echo $pids | tr ' ' '\n' | sort -u | tr '\n' ' ')
    if [ -n "${pids// /}" ]; then
        kill -TERM $pids 2>/dev/null || true
        for _ in $(seq 1 100); do          # up to 10 s for a clean exit
            alive=""
            for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
            [ -z "$alive" ] && break
            sleep 0.1
        done
        if [ -n "$alive" ]; then
            echo "libvirtd-netns: killing stubborn processes:$alive" >&2
            kill -KILL $alive 2>/dev/null || true
            sleep 0.5
        fi
    fi
    rm -f "$STATEDIR/libvirtd.pid" "$STATEDIR/virtlogd.pid"
    if [ -e "/run/netns/$NS" ]; then
        ip netns del "$NS"
    fi
}

if [ "$CMD" = stop ]; then
    stop
    echo "libvirtd-netns: stopped ($NS)"
    exit 0
fi

# ------------------------------------------------------------------ start
for tool in libvirtd virtlogd virsh qemu-system-x86_64; do
    command -v $tool >/dev/null || {
        echo "libvirtd-netns: $tool not found (apt-get install libvirt-daemon" \
             "libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86)" >&2
        exit 1
    }
done
# libvirt 9 programs iptables for every network it starts, even isolated ones;
# without the binary net-start/net-create fail.  Only a warning: domains
# without libvirt networks work without it.
[ -x /usr/sbin/iptables ] || echo "libvirtd-netns: warning: no /usr/sbin/iptables," \
    "libvirt networks will fail to start (apt-get install iptables)" >&2
# A leftover from a previous start with the same STATEDIR: stop it first.
if pid_of libvirtd >/dev/null || pid_of virtlogd >/dev/null || [ -e "/run/netns/$NS" ]; then
    echo "libvirtd-netns: stopping the previous instance for $STATEDIR" >&2
    stop
fi
# Someone else's libvirtd would own the same global socket.
if pgrep -x libvirtd >/dev/null; then
    echo "libvirtd-netns: another libvirtd is running (pid $(pgrep -x libvirtd | tr '\n' ' '));" \
         "stop it first (libvirtd-netns.sh stop ITS-STATEDIR)" >&2
    exit 1
fi

# /dev/kvm: udev normally makes it root:kvm 0660; in this sandbox there is no
# udev and it is root:root 0600.  Restore the usual permissions so that qemu,
# which libvirt runs as an unprivileged user, can open it.  (Whether KVM is
# then *usable* is another matter: see run-guest-check.sh about kvm_pvm.)
if [ -c /dev/kvm ] && [ "$(stat -c %a /dev/kvm)" = 600 ]; then
    getent group kvm >/dev/null || groupadd --system kvm
    chgrp kvm /dev/kvm
    chmod 0660 /dev/kvm
fi

# Debian builds libvirt with qemu_user=libvirt-qemu, and the qemu driver
# refuses to load at all when that user does not exist (before it even reads
# qemu.conf).  The account is created by libvirt-daemon-system's postinst,
# which is not installed here (it would also start a libvirtd in the host's
# netns); create it the same way: a system user in the kvm group.
getent group kvm >/dev/null || groupadd --system kvm
if ! getent passwd libvirt-qemu >/dev/null; then
    getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu
    useradd --system --gid libvirt-qemu --groups kvm --home-dir /var/lib/libvirt \
        --no-create-home --shell /usr/sbin/nologin --comment "Libvirt Qemu" libvirt-qemu
fi

ip netns add "$NS"
ip -n "$NS" link set lo up

# Our own daemon configs, so nothing in /etc/libvirt is needed for them:
# log to STATEDIR; no polkit (there is no D-Bus here) -- the socket is
# root-only (0700) anyway.
cat > "$STATEDIR/libvirtd.conf" <<EOF
log_outputs = "3:file:$STATEDIR/libvirtd.log"
auth_unix_ro = "none"
auth_unix_rw = "none"
EOF
cat > "$STATEDIR/virtlogd.conf" <<EOF
log_outputs = "3:file:$STATEDIR/virtlogd.log"
EOF
: > "$STATEDIR/libvirtd.log"
: > "$STATEDIR/virtlogd.log"

# virtlogd first: libvirtd hands it the qemu stdout/stderr and the serial
# <log file=...> streams, and fails to start a domain if it is not there.
# `ip netns exec` also gives each daemon a private mount namespace with a
# sysfs of the netns mounted on /sys, so libvirt sees the bridges and taps it
# creates in /sys/class/net.  Side effect: the host's cgroup mounts (under
# /sys/fs/cgroup) are not there, so libvirt runs domains without cgroups:
# no per-domain cgroup stats/tuning (virsh cpu-stats, memtune, blkiotune),
# but also nothing to go wrong in the sandbox's cgroup v1 tree.
ip netns exec "$NS" virtlogd -d -f "$STATEDIR/virtlogd.conf" -p "$STATEDIR/virtlogd.pid" \
    || { stop; die "virtlogd failed to start"; }
# taskset -c 0: libvirt caches QEMU's capabilities in /var/cache/libvirt and
# re-probes (8 s) whenever the host CPUID it reads differs from the cached
# one; in this sandbox the two vCPUs report different CPUID, so an unpinned
# libvirtd re-probed on about every other start.  Pinning only affects
# libvirtd itself: it resets each qemu's affinity to all host CPUs.
ip netns exec "$NS" taskset -c 0 libvirtd -d -f "$STATEDIR/libvirtd.conf" -p "$STATEDIR/libvirtd.pid" \
    || { stop; die "libvirtd failed to start"; }

# The first connection makes libvirtd probe QEMU's capabilities (8-11 s).
deadline=$((SECONDS + 60))
until timeout 30 virsh -q -c qemu:///system version >/dev/null 2>&1; do
    pid_of libvirtd >/dev/null || { stop; die "libvirtd exited"; }
    [ $SECONDS -lt $deadline ] || { stop; die "libvirtd did not answer on $SOCK within 60 s"; }
    sleep 0.5
done
echo "libvirtd-netns: libvirtd $(pid_of libvirtd) running in netns $NS (state in $STATEDIR)"

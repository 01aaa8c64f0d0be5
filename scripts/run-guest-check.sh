#!/bin/bash
# run-guest-check.sh — manual smoke check of the real-host harness (not part
# of ctest): build the test guest, start libvirtd in its netns, boot the guest
# with virsh and wait for its shell prompt on the serial log.
#
#   SD_VIRT_TYPE=qemu|kvm scripts/run-guest-check.sh   # force TCG / KVM
#
# Exit 0 and a line "boot: N.NN s (kvm|qemu)" on success.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
GUEST_DIR=/tmp/sd-guest
RUN=/tmp/sd-check                      # overlay, serial log, domain XML
STATE=$RUN/libvirtd                    # libvirtd-netns.sh STATEDIR
DOM=sd-guest-check
URI=qemu:///system
TIMEOUT=90
ms() { echo $(( $(date +%s%N) / 1000000 )); }          # wall clock, ms
secs() { printf '%d.%02d' $(( $1 / 1000 )) $(( $1 % 1000 / 10 )); }

t0=$(ms)
IMG=$("$HERE/build-test-guest.sh" "$GUEST_DIR" | tail -n1)
echo "guest image: $IMG (built/checked in $(secs $(( $(ms) - t0 ))) s)"

mkdir -p "$RUN"
"$HERE/libvirtd-netns.sh" start "$STATE"
cleanup() {
    set +e       # best effort: always reach the libvirtd stop
    virsh -q -c "$URI" destroy "$DOM" >/dev/null 2>&1 || true
    virsh -q -c "$URI" undefine "$DOM" >/dev/null 2>&1 || true
    "$HERE/libvirtd-netns.sh" stop "$STATE" || true
}
trap cleanup EXIT

# KVM only if libvirt says it can use it (after the netns script fixed
# /dev/kvm's permissions) and it is real hardware-assisted KVM; TCG otherwise.
# On this sandbox /dev/kvm is provided by kvm_pvm (PVM, software nested
# virtualization meant for PVM-aware guest kernels): a stock Debian guest
# crawls (~70 s to reach the kernel's memory init) and then dies with
# "KVM internal error" / "emulation failure" (syslinux's 32-bit iret at
# 0x8ffc fails at once), so it counts as unusable.
TYPE=${SD_VIRT_TYPE:-}
if [ -z "$TYPE" ]; then
    TYPE=qemu
    if [ ! -d /sys/module/kvm_pvm ] &&
       virsh -q -c "$URI" domcapabilities --virttype kvm >/dev/null 2>&1; then TYPE=kvm; fi
fi

# A throw-away qcow2 overlay: the guest may write, the shared image stays
# pristine.  libvirt's DAC driver chowns the overlay and its backing image to
# libvirt-qemu (the backing image stays so afterwards; root can still use it).
rm -f "$RUN/overlay.qcow2" "$RUN/serial.log"
qemu-img create -q -f qcow2 -F raw -b "$IMG" "$RUN/overlay.qcow2"

# The serial <log> is written by virtlogd (as root), not by qemu, so it can
# live anywhere root can write (it is created 0600 root); the console is the
# same serial port.  qemu only reads guest input from the pty while a client
# (virsh console, virDomainOpenConsole) holds it open.
cat > "$RUN/domain.xml" <<EOF
<domain type='$TYPE'>
  <name>$DOM</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features><acpi/></features>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='$RUN/overlay.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <serial type='pty'>
      <log file='$RUN/serial.log' append='off'/>
      <target port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
  </devices>
</domain>
EOF

virsh -q -c "$URI" destroy "$DOM" >/dev/null 2>&1 || true     # leftovers
virsh -q -c "$URI" undefine "$DOM" >/dev/null 2>&1 || true
virsh -q -c "$URI" define "$RUN/domain.xml" >/dev/null
t0=$(ms)
virsh -q -c "$URI" start "$DOM" >/dev/null
t_started=$(ms)

ok=""
while [ $(( $(ms) - t0 )) -lt $(( TIMEOUT * 1000 )) ]; do
    if grep -q 'stackdesk-guest# ' "$RUN/serial.log" 2>/dev/null; then ok=1; break; fi
    sleep 0.1
done
t1=$(ms)
if [ -z "$ok" ]; then
    echo "FAIL: no shell prompt on the serial console within $TIMEOUT s ($TYPE)" >&2
    echo "--- $RUN/serial.log" >&2; tail -n 40 "$RUN/serial.log" >&2 || true
    echo "--- /var/log/libvirt/qemu/$DOM.log" >&2; tail -n 20 "/var/log/libvirt/qemu/$DOM.log" >&2 || true
    exit 1
fi
echo "virsh start: $(secs $(( t_started - t0 ))) s"
echo "boot: $(secs $(( t1 - t0 ))) s ($TYPE)  serial log: $RUN/serial.log"

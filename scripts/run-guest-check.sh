#!/bin/bash
# run-guest-check.sh — manual smoke check of the real-host harness (not part
# of ctest): build the test guest, start libvirtd in its netns, boot the guest
# with virsh and wait for its shell prompt on the serial log.
#
#   SD_VIRT_TYPE=qemu scripts/run-guest-check.sh   # force TCG even with KVM
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

t0=$(date +%s.%N)
IMG=$("$HERE/build-test-guest.sh" "$GUEST_DIR" | tail -n1)
echo "guest image: $IMG (built/checked in $(echo "$(date +%s.%N) - $t0" | bc) s)"

mkdir -p "$RUN"
"$HERE/libvirtd-netns.sh" start "$STATE"
cleanup() {
    virsh -q -c "$URI" destroy "$DOM" >/dev/null 2>&1 || true
    virsh -q -c "$URI" undefine "$DOM" >/dev/null 2>&1 || true
    "$HERE/libvirtd-netns.sh" stop "$STATE" || true
}
trap cleanup EXIT

# KVM only if libvirt says it can use it (after the netns script fixed
# /dev/kvm's permissions); TCG otherwise.
TYPE=${SD_VIRT_TYPE:-}
if [ -z "$TYPE" ]; then
    if virsh -q -c "$URI" domcapabilities --virttype kvm >/dev/null 2>&1; then TYPE=kvm; else TYPE=qemu; fi
fi

# A throw-away qcow2 overlay: the guest may write, the shared image stays
# pristine.  libvirt's DAC driver chowns both to libvirt-qemu while it runs.
rm -f "$RUN/overlay.qcow2" "$RUN/serial.log"
qemu-img create -q -f qcow2 -F raw -b "$IMG" "$RUN/overlay.qcow2"

# The serial <log> is written by virtlogd (as root), not by qemu, so it can
# live anywhere root can write; the console shares the same serial port.
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
t0=$(date +%s.%N)
virsh -q -c "$URI" start "$DOM" >/dev/null
t_started=$(date +%s.%N)

ok=""
while (( $(echo "$(date +%s.%N) - $t0 < $TIMEOUT" | bc) )); do
    if grep -q 'stackdesk-guest# ' "$RUN/serial.log" 2>/dev/null; then ok=1; break; fi
    sleep 0.1
done
t1=$(date +%s.%N)
if [ -z "$ok" ]; then
    echo "FAIL: no shell prompt on the serial console within $TIMEOUT s ($TYPE)" >&2
    echo "--- $RUN/serial.log" >&2; tail -n 40 "$RUN/serial.log" >&2 || true
    echo "--- /var/log/libvirt/qemu/$DOM.log" >&2; tail -n 20 "/var/log/libvirt/qemu/$DOM.log" >&2 || true
    exit 1
fi
printf 'virsh start: %.2f s\n' "$(echo "$t_started - $t0" | bc)"
printf 'boot: %.2f s (%s)  serial log: %s\n' "$(echo "$t1 - $t0" | bc)" "$TYPE" "$RUN/serial.log"

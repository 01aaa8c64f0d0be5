#!/bin/bash
# build-test-guest.sh OUTDIR
#
# Builds the small bootable test guest used by the integration tests
# (DESIGN.md section 8): Debian's cloud kernel + a busybox initramfs on a raw
# FAT "superfloppy" image booted by syslinux.  Nothing is installed on the
# host: the two packages are fetched with `apt-get download` and unpacked
# with `dpkg-deb -x`.  The result is OUTDIR/test-guest.img (plus vmlinuz and
# initrd.gz beside it, handy for direct-kernel boots).
#
# The guest's /init loads the virtio/cdrom/FAT modules, prints
# "STACKDESK-TEST-GUEST READY" on the console, starts udhcpc on every NIC it
# finds, then keeps an interactive shell with the prompt "stackdesk-guest# "
# on ttyS0.
#
# Idempotent: does nothing if OUTDIR/test-guest.img is newer than this script.
# Needs (root is not required for the build itself): apt-get, dpkg-deb, cpio,
# gzip, dosfstools, mtools, syslinux.
set -euo pipefail

OUTDIR=${1:?usage: $0 OUTDIR}
IMG_MIB=64
# Modules the guest loads at boot (busybox modprobe resolves their deps from a
# modules.dep generated below).  virtio_* and isofs/vfat are what the tests
# need; nls_cp437 is the codepage vfat asks for on mount (the kernel cannot
# auto-load it without modprobe); sr_mod + ata_piix (IDE, i440fx machine) or
# virtio_scsi let a config drive attached as a CD-ROM be read.  The cloud
# kernel has no AHCI driver, so a SATA CD-ROM (q35 default) is NOT readable.
# isofs is the module behind the "iso9660" alias.
MODULES="virtio_pci virtio_blk virtio_net virtio_scsi isofs vfat nls_cp437 nls_utf8 sr_mod ata_piix"

mkdir -p "$OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)
IMG="$OUTDIR/test-guest.img"
if [ -f "$IMG" ] && [ "$IMG" -nt "$0" ] && [ -x "$OUTDIR/busybox" ]; then
    echo "$IMG"          # already built by this version of the script
    exit 0
fi

CACHE="$OUTDIR/cache"    # downloaded .debs, kept across rebuilds
WORK="$OUTDIR/work"
rm -rf "$WORK"
mkdir -p "$CACHE" "$WORK/pkg" "$WORK/initramfs"

# --- 1. Fetch the packages ------------------------------------------------
# The metapackage linux-image-cloud-amd64 depends on the current versioned
# cloud kernel package; ask apt-cache which one (refresh the lists only when
# the lookup or the download fails, e.g. on a fresh machine or a stale mirror).
kernel_pkg() {
    apt-cache depends linux-image-cloud-amd64 2>/dev/null \
        | awk '/Depends: linux-image-[0-9]/ {print $2; exit}'
}
fetch() {
    local kpkg
    kpkg=$(kernel_pkg)
    [ -n "$kpkg" ] || return 1
    # APT::Sandbox::User=root: the cache dir is root's, so _apt cannot write it.
    (cd "$CACHE" && apt-get download -q -o APT::Sandbox::User=root "$kpkg" busybox-static >/dev/null) \
        || return 1
    echo "$kpkg"
}
if ! KPKG=$(fetch); then
    echo "build-test-guest: download failed, running apt-get update and retrying" >&2
    apt-get update -q >/dev/null
    KPKG=$(fetch) || { echo "build-test-guest: cannot download the kernel/busybox packages" >&2; exit 1; }
fi
KVER=${KPKG#linux-image-}
# The cache may hold older versions too: pick the ones apt just named.
KDEB=$(ls -t "$CACHE/${KPKG}"_*.deb | head -n1)
BDEB=$(ls -t "$CACHE"/busybox-static_*.deb | head -n1)
dpkg-deb -x "$KDEB" "$WORK/pkg"
dpkg-deb -x "$BDEB" "$WORK/pkg"
BB="$WORK/pkg/bin/busybox"

# --- 2. The initramfs -----------------------------------------------------
R="$WORK/initramfs"
mkdir -p "$R"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,tmp,etc,mnt} "$R/lib/modules/$KVER"
cp "$BB" "$R/bin/busybox"
# The package ships no modules.dep (depmod normally runs at install time):
# generate one with busybox's depmod, then copy each wanted module with its
# dependencies, and regenerate modules.dep for just that subset.
MODSRC="$WORK/pkg/lib/modules/$KVER"
"$BB" depmod -b "$WORK/pkg" "$KVER"
for m in $MODULES; do
    line=$(grep -E "(^|/)$m\.ko:" "$MODSRC/modules.dep") \
        || { echo "build-test-guest: module $m not in $KPKG" >&2; exit 1; }
    for f in ${line/:/}; do
        mkdir -p "$R/lib/modules/$KVER/$(dirname "$f")"
        cp "$MODSRC/$f" "$R/lib/modules/$KVER/$f"
    done
done
cp "$MODSRC/modules.builtin" "$MODSRC/modules.order" "$R/lib/modules/$KVER/"
"$BB" depmod -b "$R" "$KVER"
# The kernel opens /dev/console for init before devtmpfs is mounted.
mknod -m 600 "$R/dev/console" c 5 1 2>/dev/null || true

cat > "$R/init" <<EOF
#!/bin/busybox sh
/bin/busybox --install -s
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
exec </dev/console >/dev/console 2>&1
# Let the kernel's request_module() (e.g. codepages on mount) use modprobe.
echo /sbin/modprobe > /proc/sys/kernel/modprobe
for m in $MODULES; do modprobe \$m || echo "modprobe \$m failed"; done
hostname stackdesk-guest
ip link set lo up
# DHCP on every NIC, in the background (the lease is what the tests look for).
for n in /sys/class/net/*; do
    n=\${n##*/}; [ "\$n" = lo ] && continue
    ip link set "\$n" up
    udhcpc -b -q -i "\$n" -s /etc/udhcpc.script >/dev/null 2>&1
done
# A NoCloud seed (label cidata, StackDesk's instances get one on an IDE CD-ROM): print what it holds, so
# the tests can read on the console that the guest saw its instance id, key and user data.
for dev in /dev/sr0 /dev/sr1; do
    [ -b "\$dev" ] || continue
    if mount -t iso9660 -o ro "\$dev" /mnt 2>/dev/null; then
        if [ -f /mnt/meta-data ]; then
            echo "STACKDESK-SEED BEGIN"
            cat /mnt/meta-data
            echo "--- user-data"
            cat /mnt/user-data
            echo
            echo "STACKDESK-SEED END"
        fi
        umount /mnt
    fi
done
echo "STACKDESK-TEST-GUEST READY"
export PS1='stackdesk-guest# '
# setsid + cttyhack give the shell ttyS0 as controlling tty (job control,
# Ctrl-C); loop so that 'exit' does not make init die and the kernel panic.
while true; do setsid cttyhack sh -l; sleep 1; done
EOF
chmod 755 "$R/init"

# Minimal udhcpc hook: apply the leased address and default route.
cat > "$R/etc/udhcpc.script" <<'EOF'
#!/bin/sh
case "$1" in
bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    echo "udhcpc: $interface bound $ip" > /dev/console ;;
deconfig)
    ip addr flush dev "$interface" ;;
esac
exit 0
EOF
chmod 755 "$R/etc/udhcpc.script"
# ash -l reads /etc/profile: set the prompt there too (login shells reset it).
echo "export PS1='stackdesk-guest# '" > "$R/etc/profile"

(cd "$R" && find . | cpio -o -H newc --quiet | gzip -9) > "$OUTDIR/initrd.gz"
cp "$WORK/pkg/boot/vmlinuz-$KVER" "$OUTDIR/vmlinuz"
# The same static busybox for the host side of the tests: a peer network namespace pings from it (a bare
# machine may have no ping of its own).
cp "$BB" "$OUTDIR/busybox"

# --- 3. The syslinux disk -------------------------------------------------
# A raw FAT image with no partition table ("superfloppy"): syslinux installs
# its boot sector into the FAT volume itself, and both mtools and syslinux
# work on the image file directly, so no loop device or mount is needed.
cat > "$WORK/syslinux.cfg" <<'EOF'
SERIAL 0 115200
DEFAULT linux
PROMPT 0
TIMEOUT 1
LABEL linux
  KERNEL vmlinuz
  APPEND initrd=initrd.gz console=ttyS0,115200 quiet
EOF
TMPIMG="$IMG.tmp"
rm -f "$TMPIMG"
mkfs.vfat -C -n SDGUEST "$TMPIMG" $((IMG_MIB * 1024)) >/dev/null
mcopy -i "$TMPIMG" "$OUTDIR/vmlinuz" "$OUTDIR/initrd.gz" "$WORK/syslinux.cfg" ::/
syslinux --install "$TMPIMG"
mv "$TMPIMG" "$IMG"        # atomic: a half-built image is never picked up
rm -rf "$WORK"
echo "$IMG"

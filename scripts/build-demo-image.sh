#!/bin/bash
# build-demo-image.sh GUESTDIR OUTFILE
#
# The demo lab's `tiny-linux` image: the integration tests' bootable test guest (build-test-guest.sh,
# built into GUESTDIR and shared with them) converted to compressed qcow2 at OUTFILE.
#
# The guest is made from Debian's kernel and busybox packages, fetched once from the package mirror. A
# machine that cannot reach the mirror still builds StackDesk: this script then says so and leaves no
# image, and the demo lab's README tells how to add one later. Idempotent.
set -uo pipefail

GUESTDIR=${1:?usage: $0 GUESTDIR OUTFILE}
OUT=${2:?usage: $0 GUESTDIR OUTFILE}
HERE=$(cd "$(dirname "$0")" && pwd)

# The log sits beside GUESTDIR, whose parent a fresh build dir does not have yet.
mkdir -p "$(dirname "$GUESTDIR")"
if ! guest=$("$HERE/build-test-guest.sh" "$GUESTDIR" 2>"$GUESTDIR.log"); then
    echo "build-demo-image: the test guest could not be built (see $GUESTDIR.log); the demo lab will have no tiny-linux image" >&2
    exit 0
fi
guest=$(echo "$guest" | tail -n 1)
if [ -f "$OUT" ] && [ "$OUT" -nt "$guest" ]; then
    exit 0
fi
mkdir -p "$(dirname "$OUT")"
qemu-img convert -c -O qcow2 "$guest" "$OUT.tmp" && mv "$OUT.tmp" "$OUT"

#!/bin/sh
# Builds the busybox initramfs of the test guest (after reference/rig/build-guest-initramfs.sh): the
# installed Debian kernel's USB host stack (xhci, usb-storage + sd, usbhid + hid-generic + evdev) and
# the init script next to this file, which reports what the guest sees on its serial console.
# Needs the Debian packages busybox-static, linux-image-amd64, kmod, cpio, gzip.
# usage: build-initramfs.sh OUT.cpio.gz
set -e
K=${K:-$(ls /lib/modules | sort -V | tail -1)}
OUT=${1:?usage: build-initramfs.sh OUT.cpio.gz}
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/bin" "$W/proc" "$W/sys" "$W/dev" "$W/tmp" "$W/lib/modules"
cp /bin/busybox "$W/bin/busybox"
for a in sh mount insmod ls cat sleep echo poweroff mkdir hexdump od dd sha256sum cut grep head tr seq printf \
         basename sync true; do
  ln -s busybox "$W/bin/$a"
done
MODS=""
for m in xhci_pci usb_storage sd_mod usbhid hid_generic evdev; do
  for f in $(modprobe -S "$K" --show-depends $m | awk '$1=="insmod"{print $2}'); do
    case " $MODS " in *" $(basename "$f") "*) ;; *) cp "$f" "$W/lib/modules/"; MODS="$MODS $(basename "$f")";; esac
  done
done
echo "$MODS" > "$W/lib/modules/order"
cp "$HERE/init" "$W/init"
chmod +x "$W/init"
(cd "$W" && find . | cpio -o -H newc --quiet | gzip -1) > "$OUT"
echo "built $OUT for kernel $K; modules:$MODS"

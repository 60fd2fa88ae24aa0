#!/usr/bin/env bash
# Regenerates org.ffmusb.libusb.ffi with jextract (22 or newer) from the installed <libusb-1.0/libusb.h>.
# Our machines cannot install jextract, so the committed classes were written by hand in its exact shape;
# maintainers who have it run this, then re-apply the patches listed in README.md next to this script
# (derived offsets, critical getters, 1.0.27+ symbols, the static inline helpers) and run the layout probe:
#   JEXTRACT=/path/to/jextract/bin/jextract ffm-libusb/jextract/regenerate.sh
#   ./test -pl ffm-libusb -Dtest=LibUsbLayoutTest
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
jextract=${JEXTRACT:-jextract}
command -v "$jextract" >/dev/null || { echo "jextract not found: set JEXTRACT (binaries: jdk.java.net/jextract)" >&2; exit 1; }
header=$(pkg-config --variable=includedir libusb-1.0)/libusb-1.0/libusb.h
out="$module/src/main/java"
pkg_dir="$out/org/ffmusb/libusb/ffi"
# Keep the hand-written files (see README.md); everything else is jextract's.
keep="libusb_inline.java libusb_init_option.java package-info.java"
for f in "$pkg_dir"/*.java; do
  case " $keep " in *" $(basename "$f") "*) ;; *) rm -f "$f" ;; esac
done
"$jextract" \
  --output "$out" \
  --target-package org.ffmusb.libusb.ffi \
  --header-class-name libusb_h \
  --symbols-class-name 'libusb_h$shared' \
  --library :libusb-1.0.so.0 \
  -I "$(dirname "$header")" \
  @"$here/includes.txt" \
  "$header"
echo "Regenerated $pkg_dir; now re-apply the patches of $here/README.md."

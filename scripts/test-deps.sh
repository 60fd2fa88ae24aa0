# Sourced by ./test: the Debian packages the test suite needs (reference/test-rigs.md), installed
# when missing. As root they are installed with apt; otherwise the exact apt line is printed and the
# run stops, because a test that needs a peer program must never pass without it.
FFMUSB_TEST_PACKAGES="gcc pkg-config libusbredirparser-dev qemu-system-x86 libusb-1.0-0-dev umockdev"
# usb-emulator: umockdev headers, C consumers (libudev, lsusb, usbredirect), the QEMU test guest
FFMUSB_TEST_PACKAGES="$FFMUSB_TEST_PACKAGES libumockdev-dev libudev-dev usbutils usbredirect"
FFMUSB_TEST_PACKAGES="$FFMUSB_TEST_PACKAGES busybox-static linux-image-amd64 cpio kmod"
# ffm-udev: the hardware database (hwdb.bin) and udevadm, the C reference for names
FFMUSB_TEST_PACKAGES="$FFMUSB_TEST_PACKAGES udev"

ffmusb_install_test_deps() {
  local missing="" pkg
  for pkg in $FFMUSB_TEST_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  local line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$missing"
  if [ "$(id -u)" -ne 0 ]; then
    echo "The tests need these Debian packages:$missing" >&2
    echo "Install them as root, then run ./test again:" >&2
    echo "  sudo sh -c '$line'" >&2
    return 1
  fi
  echo "Installing test dependencies:$missing"
  sh -c "$line" >/tmp/ffmusb-apt.log 2>&1 || { tail -20 /tmp/ffmusb-apt.log >&2; echo "apt-get failed (log: /tmp/ffmusb-apt.log)" >&2; return 1; }
}

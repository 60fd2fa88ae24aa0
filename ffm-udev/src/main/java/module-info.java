/**
 * libudev through the FFM API: immutable snapshots of USB devices and interfaces (properties, sysattrs,
 * raw descriptors, the driver bound to each interface, names from the hardware database), lookup by bus
 * number and device address, and a monitor thread that reports add/remove/bind/unbind/change events.
 * Needs {@code libudev.so.1} (Debian: libudev1) and, for names, the hwdb of Debian's {@code udev}
 * package; run with {@code --enable-native-access=org.ffmusb.udev}.
 */
module org.ffmusb.udev {
    exports org.ffmusb.udev;
}

/**
 * USB devices written in Java, served to every native library of the process (and of child
 * processes) through an in-process umockdev testbed: libusb, libudev, lsusb and C usbredirect see
 * real-looking devices under /sys and /dev whose usbfs ioctls are answered by Java device models.
 * The JVM must be started with {@code LD_PRELOAD=libumockdev-preload.so.0} for that. The same models
 * can be driven in-process by a Java host without any of it ({@code org.ffmusb.emulator.direct}).
 */
module org.ffmusb.emulator {
    exports org.ffmusb.emulator;
    exports org.ffmusb.emulator.model;
    exports org.ffmusb.emulator.direct;
    exports org.ffmusb.emulator.models;
    exports org.ffmusb.emulator.models.loopback;
    exports org.ffmusb.emulator.models.storage;
    exports org.ffmusb.emulator.models.hid;
}

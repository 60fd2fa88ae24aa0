package org.ffmusb.emulator.model;

/** The speed a device runs at, with the values the kernel uses for it in sysfs and in usbfs. */
public enum Speed {
    LOW(1, "1.5", 8, 8),
    FULL(2, "12", 64, 1023),
    HIGH(3, "480", 512, 1024),
    SUPER(5, "5000", 1024, 1024),
    SUPER_PLUS(6, "10000", 1024, 1024);

    private final int usbfsValue;
    private final String sysfsValue;
    private final int maxBulkPacket;
    private final int maxIsoPacket;

    Speed(int usbfsValue, String sysfsValue, int maxBulkPacket, int maxIsoPacket) {
        this.usbfsValue = usbfsValue;
        this.sysfsValue = sysfsValue;
        this.maxBulkPacket = maxBulkPacket;
        this.maxIsoPacket = maxIsoPacket;
    }

    /** {@code enum usb_device_speed} of {@code <linux/usb/ch9.h>}, what USBDEVFS_GET_SPEED returns. */
    public int usbfsValue() {
        return usbfsValue;
    }

    /** The sysfs {@code speed} attribute in Mbit/s, e.g. {@code 480}. */
    public String sysfsValue() {
        return sysfsValue;
    }

    /** The largest bulk wMaxPacketSize at this speed (low speed has no bulk endpoints). */
    public int maxBulkPacket() {
        return maxBulkPacket;
    }

    /** The largest isochronous packet of one (micro)frame at this speed, without high-bandwidth multipliers. */
    public int maxIsoPacket() {
        return maxIsoPacket;
    }

    /** True for SuperSpeed and faster: endpoints need companion descriptors, the root hub is a USB 3 one. */
    public boolean isSuperSpeed() {
        return this == SUPER || this == SUPER_PLUS;
    }
}

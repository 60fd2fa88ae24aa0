package org.ffmusb.udev;

/** The signalling rate of a USB device, as the kernel reports it in the sysfs {@code speed} attribute. */
public enum UsbSpeed {
    /** 1.5 Mb/s (USB 1.0 low speed). */
    LOW("1.5"),
    /** 12 Mb/s (USB 1.1 full speed). */
    FULL("12"),
    /** 480 Mb/s (USB 2.0 high speed). */
    HIGH("480"),
    /** 5 Gb/s (USB 3.0 SuperSpeed). */
    SUPER("5000"),
    /** 10 Gb/s (USB 3.1 SuperSpeed+ Gen 2). */
    SUPER_PLUS("10000"),
    /** 20 Gb/s (USB 3.2 SuperSpeed+ Gen 2x2). */
    SUPER_PLUS_X2("20000"),
    /** Not reported, or a value this version does not know. */
    UNKNOWN("");

    private final String sysfs;

    UsbSpeed(String sysfs) {
        this.sysfs = sysfs;
    }

    /** The value of the sysfs attribute, in Mb/s ({@code "480"}); empty for {@link #UNKNOWN}. */
    public String sysfsValue() {
        return sysfs;
    }

    /** The speed for a sysfs {@code speed} value; {@link #UNKNOWN} for null or anything unexpected. */
    public static UsbSpeed ofSysfs(String value) {
        if (value != null) {
            String v = value.strip();
            for (UsbSpeed s : values()) {
                if (s != UNKNOWN && s.sysfs.equals(v)) {
                    return s;
                }
            }
        }
        return UNKNOWN;
    }
}

package org.ffmusb.libusb;

/**
 * {@code enum libusb_speed}: the speed a device operates at.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum Speed {
    UNKNOWN(0, 0), LOW(1, 1_500_000L), FULL(2, 12_000_000L), HIGH(3, 480_000_000L), SUPER(4, 5_000_000_000L),
    SUPER_PLUS(5, 10_000_000_000L);

    private final int code;
    private final long bitsPerSecond;

    Speed(int code, long bitsPerSecond) {
        this.code = code;
        this.bitsPerSecond = bitsPerSecond;
    }

    /** The C value. */
    public int code() {
        return code;
    }

    /** The signalling rate, 0 when unknown. */
    public long bitsPerSecond() {
        return bitsPerSecond;
    }

    /** The speed of a C value; unknown values map to {@link #UNKNOWN}. */
    public static Speed of(int code) {
        for (Speed s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** lsusb's notation: "1.5M", "12M", "480M", "5000M", "10000M" or "unknown". */
    public String lsusbName() {
        return switch (this) {
            case UNKNOWN -> "unknown";
            case LOW -> "1.5M";
            default -> (bitsPerSecond / 1_000_000) + "M";
        };
    }
}

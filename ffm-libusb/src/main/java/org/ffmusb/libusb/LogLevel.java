package org.ffmusb.libusb;

/**
 * {@code enum libusb_log_level}.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum LogLevel {
    NONE, ERROR, WARNING, INFO, DEBUG;

    /** The C value (the ordinal). */
    public int code() {
        return ordinal();
    }

    /** The level of a C value, clamped to the known range. */
    public static LogLevel of(int code) {
        return values()[Math.max(0, Math.min(code, DEBUG.ordinal()))];
    }
}

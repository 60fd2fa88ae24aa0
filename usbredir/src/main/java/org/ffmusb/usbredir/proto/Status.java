package org.ffmusb.usbredir.proto;

/**
 * The status codes of reference §6 (u8). Unknown values must be treated as errors.
 */
public final class Status {
    private Status() {}

    public static final int SUCCESS = 0;
    public static final int CANCELLED = 1;
    /** Invalid packet type / length / endpoint / parameters. */
    public static final int INVAL = 2;
    public static final int IOERROR = 3;
    public static final int STALL = 4;
    public static final int TIMEOUT = 5;
    /** The device babbled (since 0.4.2). */
    public static final int BABBLE = 6;

    private static final String[] NAMES = {"success", "cancelled", "inval", "ioerror", "stall", "timeout", "babble"};

    /** The C name without {@code usb_redir_}, or {@code status_N} for an unknown value. */
    public static String name(int status) {
        return status >= 0 && status < NAMES.length ? NAMES[status] : "status_" + status;
    }
}

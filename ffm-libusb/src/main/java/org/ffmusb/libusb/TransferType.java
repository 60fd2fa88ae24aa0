package org.ffmusb.libusb;

/**
 * {@code enum libusb_transfer_type}.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum TransferType {
    CONTROL(0), ISOCHRONOUS(1), BULK(2), INTERRUPT(3), BULK_STREAM(4);

    private final int code;

    TransferType(int code) {
        this.code = code;
    }

    /** The C value. */
    public int code() {
        return code;
    }

    /** The type of a C value. */
    public static TransferType of(int code) {
        for (TransferType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("no libusb transfer type " + code);
    }
}

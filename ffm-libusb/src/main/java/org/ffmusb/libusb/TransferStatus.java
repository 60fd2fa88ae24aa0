package org.ffmusb.libusb;

/**
 * Every {@code enum libusb_transfer_status}: how an async transfer (or one iso packet) ended.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum TransferStatus {
    /** Completed without error; fewer bytes than requested may have been transferred (a short packet). */
    COMPLETED(0, "LIBUSB_TRANSFER_COMPLETED"),
    /** Failed, e.g. a CRC or bus error. */
    ERROR(1, "LIBUSB_TRANSFER_ERROR"),
    /** The timeout expired; part of the data may have been transferred. */
    TIMED_OUT(2, "LIBUSB_TRANSFER_TIMED_OUT"),
    /** Cancelled by {@code Transfer.cancel()} or by closing its handle. */
    CANCELLED(3, "LIBUSB_TRANSFER_CANCELLED"),
    /** The endpoint stalled (a control request was refused); clear the halt of a bulk/interrupt endpoint. */
    STALL(4, "LIBUSB_TRANSFER_STALL"),
    /** The device was unplugged. */
    NO_DEVICE(5, "LIBUSB_TRANSFER_NO_DEVICE"),
    /** The device sent more data than requested. */
    OVERFLOW(6, "LIBUSB_TRANSFER_OVERFLOW");

    private static final TransferStatus[] BY_CODE = values();

    private final int code;
    private final String cName;

    TransferStatus(int code, String cName) {
        this.code = code;
        this.cName = cName;
    }

    /** The C value. */
    public int code() {
        return code;
    }

    /** The C name. */
    public String cName() {
        return cName;
    }

    /** The status of a C value; an unknown value (never seen from libusb 1.0.26) maps to {@link #ERROR}. */
    public static TransferStatus of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : ERROR;
    }
}

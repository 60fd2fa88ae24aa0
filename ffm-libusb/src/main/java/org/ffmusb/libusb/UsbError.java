package org.ffmusb.libusb;

/**
 * Every {@code LIBUSB_ERROR_*} code of libusb 1.0.26, for programs to switch on ({@link UsbException#error()}).
 * {@link #advice()} is the sentence a person needs: what usually causes the error and what to do.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum UsbError {
    IO(-1, "LIBUSB_ERROR_IO", "input/output error: the device did not answer as expected; retry, or replug it"),
    INVALID_PARAM(-2, "LIBUSB_ERROR_INVALID_PARAM",
            "invalid parameter: check endpoint, interface and length (Linux limits control transfers to 4096 bytes)"),
    ACCESS(-3, "LIBUSB_ERROR_ACCESS",
            "permission denied: add a udev rule for the device (see UsbException#udevRule) or run as root"),
    NO_DEVICE(-4, "LIBUSB_ERROR_NO_DEVICE", "no such device: it was unplugged; close the handle and wait for it to return"),
    NOT_FOUND(-5, "LIBUSB_ERROR_NOT_FOUND",
            "not found: the entity (interface, transfer, kernel driver) does not exist or was already released"),
    BUSY(-6, "LIBUSB_ERROR_BUSY",
            "resource busy: a kernel driver or another program holds it; detach the kernel driver "
                    + "(detachKernelDriver or setAutoDetachKernelDriver) or stop the other program"),
    TIMEOUT(-7, "LIBUSB_ERROR_TIMEOUT", "operation timed out: the device did not respond in time; raise the timeout"),
    OVERFLOW(-8, "LIBUSB_ERROR_OVERFLOW",
            "overflow: the device sent more data than the buffer holds; use a multiple of wMaxPacketSize"),
    PIPE(-9, "LIBUSB_ERROR_PIPE", "pipe error: the endpoint stalled; call clearHalt on it (or the request is unsupported)"),
    INTERRUPTED(-10, "LIBUSB_ERROR_INTERRUPTED", "system call interrupted: retry"),
    NO_MEM(-11, "LIBUSB_ERROR_NO_MEM", "insufficient memory: the kernel refused the buffer (usbfs_memory_mb limit?)"),
    NOT_SUPPORTED(-12, "LIBUSB_ERROR_NOT_SUPPORTED", "operation not supported on this platform or by this libusb"),
    OTHER(-99, "LIBUSB_ERROR_OTHER", "other error inside libusb; enable LogLevel.DEBUG to see its cause");

    private final int code;
    private final String cName;
    private final String advice;

    UsbError(int code, String cName, String advice) {
        this.code = code;
        this.cName = cName;
        this.advice = advice;
    }

    /** The negative libusb code. */
    public int code() {
        return code;
    }

    /** The C name, as {@code libusb_error_name} returns it. */
    public String cName() {
        return cName;
    }

    /** What usually causes this error and what to do about it. */
    public String advice() {
        return advice;
    }

    /** The error of a negative libusb return code; unknown codes map to {@link #OTHER}. */
    public static UsbError of(int code) {
        for (UsbError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return OTHER;
    }
}

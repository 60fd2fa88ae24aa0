package org.ffmusb.libusb;

/**
 * A transfer completed with a status other than {@link TransferStatus#COMPLETED}: a {@code CompletableFuture}
 * of a transfer fails with it (created on the event thread), and a synchronous transfer of
 * {@link UsbDeviceHandle} throws it on the calling thread. {@link #result()} has the partial outcome (bytes
 * may have been transferred before a timeout or a cancel).
 */
public final class TransferException extends UsbException {
    private static final long serialVersionUID = 1L;

    private final transient TransferStatus status;
    private final transient TransferResult result;

    TransferException(TransferStatus status, TransferResult result, String what) {
        super(errorOf(status), what + " ended with " + status.cName() + advice(status));
        this.status = status;
        this.result = result;
    }

    /** How the transfer ended. */
    public TransferStatus status() {
        return status;
    }

    /** The partial outcome; {@code null} for a reusable {@link Transfer} (read it from the transfer). */
    public TransferResult result() {
        return result;
    }

    private static UsbError errorOf(TransferStatus status) {
        return switch (status) {
            case TIMED_OUT -> UsbError.TIMEOUT;
            case STALL -> UsbError.PIPE;
            case NO_DEVICE -> UsbError.NO_DEVICE;
            case OVERFLOW -> UsbError.OVERFLOW;
            case CANCELLED -> UsbError.INTERRUPTED;
            default -> UsbError.IO;
        };
    }

    private static String advice(TransferStatus status) {
        return switch (status) {
            case STALL -> ": the endpoint stalled; clear it with clearHalt (a control request was refused)";
            case TIMED_OUT -> ": the device did not answer in time";
            case NO_DEVICE -> ": the device was unplugged; close the handle";
            case OVERFLOW -> ": the device sent more than the buffer holds; use a multiple of wMaxPacketSize";
            case CANCELLED -> ": cancelled (Transfer.cancel, or its handle or context was closed)";
            default -> ": the transfer failed on the bus";
        };
    }
}

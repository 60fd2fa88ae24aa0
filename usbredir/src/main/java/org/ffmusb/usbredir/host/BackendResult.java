package org.ffmusb.usbredir.host;

import org.ffmusb.usbredir.proto.Status;

/**
 * How a device operation or transfer ended, in the terms both backends can express (libusb's
 * transfer statuses and error codes), and the usbredir status each maps to (reference §9.3).
 */
public enum BackendResult {
    OK(Status.SUCCESS),
    /** A transfer ended with an error on the wire, or an operation failed for another reason. */
    IO_ERROR(Status.IOERROR),
    TIMED_OUT(Status.TIMEOUT),
    CANCELLED(Status.CANCELLED),
    STALL(Status.STALL),
    /** The device is gone; the host also reports the device disconnected. */
    NO_DEVICE(Status.IOERROR),
    /** The device sent more than asked for. */
    OVERFLOW(Status.BABBLE),
    INVALID_PARAM(Status.INVAL),
    /** The interface is claimed by another program (or driver that cannot be detached). */
    BUSY(Status.IOERROR),
    NOT_FOUND(Status.IOERROR),
    NOT_SUPPORTED(Status.IOERROR);

    private final int status;

    BackendResult(int status) {
        this.status = status;
    }

    /** The usbredir status a guest sees for it. */
    public int status() {
        return status;
    }
}

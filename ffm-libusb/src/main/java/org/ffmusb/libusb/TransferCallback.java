package org.ffmusb.libusb;

/**
 * Called once per submission when a {@link Transfer} completes, with any status.
 *
 * <p>Runs on the context's event thread. It must not block. It may read the transfer's results and
 * buffer, resubmit the same transfer, submit or cancel others, and close the transfer; an exception it
 * throws is logged and otherwise ignored (it cannot reach libusb).
 */
@FunctionalInterface
public interface TransferCallback {
    void completed(Transfer transfer);
}

package org.ffmusb.libusb;

/**
 * Called once per submission when a {@link Transfer} completes, with any status.
 *
 * <p>Runs on the context's event thread, inside libusb's event handling. It must not block. It may read the
 * transfer's results and buffer, resubmit the same transfer, submit or cancel others, close the transfer
 * and close handles (that close completes after the callback returns); it must not open devices, which
 * throws {@link IllegalStateException} here because libusb would deadlock, nor call synchronous methods.
 * An exception it throws is logged and otherwise ignored (it cannot reach libusb).
 */
@FunctionalInterface
public interface TransferCallback {
    void completed(Transfer transfer);
}

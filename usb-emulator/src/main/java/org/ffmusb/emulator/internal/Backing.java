package org.ffmusb.emulator.internal;

import java.util.List;

/**
 * Where a transfer's result goes: into a URB that the client reaps later, back as the return value of
 * a synchronous USBDEVFS_BULK/CONTROL, or to the direct host's completion callback.
 */
interface Backing {
    /** Writes the result into host-visible memory; runs under the transfer's lock, exactly once. */
    void record(TransferCore transfer, int status, int actualLength, int errorCount);

    /**
     * Hands the finished transfer over (reap queue, ioctl completion, host callback) and runs the
     * model's cancel hooks ({@code hooks} is null unless the host ended the transfer); runs after the
     * lock, once, on the thread that ended the transfer.
     */
    void ended(TransferCore transfer, int status, int actualLength, List<Runnable> hooks);
}

package org.ffmusb.emulator.internal;

/**
 * Where a transfer's result goes: into a URB that the client reaps later, or straight back as the
 * return value of a synchronous USBDEVFS_BULK/CONTROL.
 */
interface Backing {
    /** Writes the result into client-visible memory; runs under the transfer's lock, exactly once. */
    void record(TransferCore transfer, int status, int actualLength, int errorCount);

    /** Hands the finished transfer over (reap queue or ioctl completion); runs after the lock, once. */
    void deliver(TransferCore transfer, int status, int actualLength);
}

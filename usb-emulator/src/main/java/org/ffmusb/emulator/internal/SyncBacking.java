package org.ffmusb.emulator.internal;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * A synchronous USBDEVFS_BULK or USBDEVFS_CONTROL: the client stays blocked in ioctl() until the model
 * completes the transfer or the timeout passes (Linux usbfs_start_wait_urb: the URB is killed and the
 * ioctl returns ETIMEDOUT). The result is the return value: bytes transferred, or -1 with errno.
 */
final class SyncBacking implements Backing {
    private final ClientSession session;
    private final IoctlCall call;
    private final long memory;
    private volatile ScheduledFuture<?> timeout;

    SyncBacking(ClientSession session, IoctlCall call, long memory) {
        this.session = session;
        this.call = call;
        this.memory = memory;
    }

    /** Ends the transfer with ETIMEDOUT after {@code millis} (0: wait for ever, as Linux does). */
    void armTimeout(TransferCore t, long millis) {
        if (millis > 0 && t.isPending()) {
            timeout = session.device.emulator.schedule(
                    () -> t.cancel(-org.ffmusb.emulator.ffi.errno_h.ETIMEDOUT), millis);
        }
    }

    @Override
    public void record(TransferCore t, int status, int actualLength, int errorCount) {
        // The data is already in the resolved buffer; the return value carries the rest.
    }

    @Override
    public void ended(TransferCore t, int status, int actualLength, List<Runnable> hooks) {
        ScheduledFuture<?> f = timeout;
        if (f != null) {
            f.cancel(false);
        }
        session.device.lock.lock();
        try {
            session.syncPending.remove(t);
        } finally {
            session.device.lock.unlock();
        }
        if (!session.closing) {
            call.complete(status < 0 ? -1 : actualLength, status < 0 ? -status : 0);
        }
        call.release();
        session.device.emulator.releaseMemory(memory);
        t.runCancelHooks(hooks);
    }
}

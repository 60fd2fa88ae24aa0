package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.ffmusb.emulator.ffi.umockdev_h;
import org.ffmusb.emulator.ffi.usbdevfs_iso_packet_desc;
import org.ffmusb.emulator.ffi.usbdevfs_urb;

/**
 * A submitted URB as usbfs keeps it (Linux's {@code struct async}): the client's URB copied into this
 * process by umockdev, written back when the client reaps it. Holds a reference to that copy (and so to
 * the buffer resolved under it) until {@link #release()}, which runs on the I/O thread after the reap.
 */
final class Urb implements Backing {
    final ClientSession session;
    final MemorySegment handle;
    final MemorySegment fields;
    final long clientAddress;
    final int interfaceNumber;
    final long memory;
    /** Linux's bulk_addr: endpoint number with the direction in bit 4, or -1 for non-bulk URBs. */
    final int bulkAddress;
    final boolean continuation;
    TransferCore transfer;
    private boolean released;

    Urb(ClientSession session, IoctlCall.Resolved urb, MemorySegment fields, int interfaceNumber, long memory,
            int bulkAddress, boolean continuation) {
        this.session = session;
        this.handle = urb.handle();
        this.fields = fields;
        this.clientAddress = urb.clientAddress();
        this.interfaceNumber = interfaceNumber;
        this.memory = memory;
        this.bulkAddress = bulkAddress;
        this.continuation = continuation;
    }

    @Override
    public void record(TransferCore t, int status, int actualLength, int errorCount) {
        for (int i = 0; i < t.isoPacketCount(); i++) {
            MemorySegment d = usbdevfs_urb.iso_frame_desc(fields, i);
            usbdevfs_iso_packet_desc.actual_length(d, t.isoActual(i));
            usbdevfs_iso_packet_desc.status(d, t.isoStatus(i));
        }
        t.clearIsoGaps();
        usbdevfs_urb.status(fields, status);
        usbdevfs_urb.actual_length(fields, actualLength);
        usbdevfs_urb.error_count(fields, errorCount);
    }

    @Override
    public void ended(TransferCore t, int status, int actualLength, List<Runnable> hooks) {
        session.urbEnded(this, status);
        t.runCancelHooks(hooks);
    }

    /** Drops the reference to the client memory copy and gives back the usbfs memory budget. */
    void release() {
        if (!released) {
            released = true;
            umockdev_h.umockdev_ioctl_data_unref(handle);
            session.device.emulator.releaseMemory(memory);
        }
    }
}

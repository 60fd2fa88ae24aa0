package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.gobject_h;
import org.ffmusb.emulator.ffi.umockdev_h;

/**
 * One open file of the device in some process (Linux's {@code struct usb_dev_state}): its claimed
 * interfaces, its URBs in flight, the completed ones waiting to be reaped. Guarded by the device's
 * lock; umockdev calls are made after releasing it.
 */
final class ClientSession {
    final EmulatedDevice device;
    final MemorySegment client;

    int claimed;
    boolean privilegesDropped;
    int allowedInterfaces = -1;
    int disabledBulkEndpoints;
    final List<Urb> pending = new ArrayList<>();
    /** Synchronous USBDEVFS_BULK/CONTROL calls waiting for the model. */
    final List<TransferCore> syncPending = new ArrayList<>();
    final ArrayDeque<Urb> completed = new ArrayDeque<>();
    private IoctlCall parkedReap;
    private IoctlCall.Resolved parkedSlot;
    /** The process closed the file: ioctls it was blocked in are not answered any more. */
    volatile boolean closing;
    boolean closed;

    ClientSession(EmulatedDevice device, MemorySegment client) {
        this.device = device;
        this.client = gobject_h.g_object_ref(client);
    }

    /** A URB of this session ended (any thread): queue it for reaping, or hand it to a blocked REAPURB. */
    void urbEnded(Urb urb, int status) {
        IoctlCall reap = null;
        IoctlCall.Resolved slot = null;
        List<Urb> unlink = List.of();
        device.lock.lock();
        try {
            pending.remove(urb);
            if (closed) {
                device.orphans.add(urb);
                return;
            }
            if (parkedReap != null) {
                reap = parkedReap;
                slot = parkedSlot;
                parkedReap = null;
                parkedSlot = null;
            } else {
                completed.add(urb);
            }
            if (urb.bulkAddress >= 0 && status < 0 && status != -errno_h.ECONNRESET && status != -errno_h.ENOENT) {
                unlink = bulkContinuationsAfterError(urb.bulkAddress);
            }
            device.updateReadiness();
        } finally {
            device.lock.unlock();
        }
        if (reap != null) {
            umockdev_h.umockdev_ioctl_data_set_ptr(slot.handle(), 0, urb.handle);
            reap.succeed(0);
            reap.release();
            urb.release();
        }
        for (Urb u : unlink) {
            u.transfer.cancel(-errno_h.ECONNRESET);
        }
    }

    /**
     * Linux's cancel_bulk_urbs: after a failed bulk URB, the continuation URBs queued behind it on the
     * same endpoint are unlinked; without a new transfer behind them the endpoint refuses continuations
     * until one starts.
     */
    private List<Urb> bulkContinuationsAfterError(int bulkAddress) {
        List<Urb> marked = new ArrayList<>();
        for (Urb u : pending) {
            if (u.bulkAddress == bulkAddress) {
                if (!u.continuation) {
                    return marked;
                }
                marked.add(u);
            }
        }
        disabledBulkEndpoints |= 1 << bulkAddress;
        return marked;
    }

    /** Parks a blocking REAPURB until a URB ends or the device goes away (device lock held). */
    void park(IoctlCall call, IoctlCall.Resolved slot) {
        parkedReap = call;
        parkedSlot = slot;
    }

    /** The parked REAPURB, taken away (device lock held). */
    IoctlCall takeParked() {
        IoctlCall c = parkedReap;
        parkedReap = null;
        parkedSlot = null;
        return c;
    }

    /** The pending URB the client knows at this address, or null (device lock held). */
    Urb pendingAt(long clientAddress) {
        for (Urb u : pending) {
            if (u.clientAddress == clientAddress) {
                return u;
            }
        }
        return null;
    }

    /** The pending URBs on one interface (Linux's destroy_async_on_interface), device lock held. */
    List<Urb> pendingOn(int interfaceNumber) {
        List<Urb> hit = new ArrayList<>();
        for (Urb u : pending) {
            if (u.interfaceNumber == interfaceNumber) {
                hit.add(u);
            }
        }
        return hit;
    }

    boolean hasClaimed(int interfaceNumber) {
        return (claimed & (1 << interfaceNumber)) != 0;
    }

    void dropReference() {
        gobject_h.g_object_unref(client);
    }
}

package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_iso_packet_desc;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.model.TransferError;

/**
 * The state machine every transfer shares: pending until exactly one of completion (by the model),
 * cancellation (by the host) or unplug ends it. The result is recorded under the transfer's lock, so a
 * model working on the buffer inside {@link #access} and a cancellation never overlap; the memory
 * itself is freed later, on the I/O thread, only once the transfer has ended.
 */
public abstract class TransferCore implements Transfer {
    static final int STATUS_OK = 0;

    final EmulatedDevice device;
    private final int endpoint;
    private final EndpointType type;
    private final boolean in;
    private final int length;
    private final int streamId;
    private final int flags;
    private final MemorySegment buffer;
    private final int[] isoOffsets;
    private final int[] isoActual;
    private final int[] isoStatus;
    private final Backing backing;

    private final ReentrantLock lock = new ReentrantLock();
    private boolean pending = true;
    private boolean cancelled;
    private List<Runnable> cancelHooks;
    private int finalStatus = 1;

    TransferCore(EmulatedDevice device, int endpoint, EndpointType type, boolean in, int length, int streamId,
            int flags, MemorySegment buffer, MemorySegment isoDescriptors, Backing backing) {
        this.device = device;
        this.endpoint = endpoint;
        this.type = type;
        this.in = in;
        this.length = length;
        this.streamId = streamId;
        this.flags = flags;
        this.buffer = buffer;
        this.backing = backing;
        if (isoDescriptors != null) {
            int n = (int) (isoDescriptors.byteSize() / usbdevfs_iso_packet_desc.sizeof());
            isoOffsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                isoOffsets[i + 1] = isoOffsets[i] + isoDescriptors.get(ValueLayout.JAVA_INT,
                        i * usbdevfs_iso_packet_desc.sizeof() + usbdevfs_iso_packet_desc.length$offset());
            }
            isoActual = new int[n];
            isoStatus = new int[n];
        } else {
            isoOffsets = null;
            isoActual = null;
            isoStatus = null;
        }
    }

    @Override
    public int endpoint() {
        return endpoint;
    }

    @Override
    public EndpointType type() {
        return type;
    }

    @Override
    public boolean isIn() {
        return in;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int streamId() {
        return streamId;
    }

    @Override
    public boolean zeroPacket() {
        return !in && (flags & Urbs.FLAG_ZERO_PACKET) != 0;
    }

    @Override
    public boolean shortNotOk() {
        return in && (flags & Urbs.FLAG_SHORT_NOT_OK) != 0;
    }

    @Override
    public MemorySegment buffer() {
        if (!lock.isHeldByCurrentThread() && !device.emulator.onIoThread()) {
            throw new IllegalStateException("the buffer of a transfer may only be used on the emulator I/O thread or "
                    + "inside Transfer.access(); from other threads complete with complete(MemorySegment)");
        }
        if (!pending) {
            throw new IllegalStateException("transfer already ended; its buffer belongs to the host again");
        }
        return buffer;
    }

    @Override
    public boolean access(BufferAction action) {
        lock.lock();
        try {
            if (!pending) {
                return false;
            }
            action.run(buffer);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean complete(int actualLength) {
        if (actualLength < 0 || actualLength > length) {
            throw new IllegalArgumentException("actual length " + actualLength + " outside 0.." + length);
        }
        if (isoOffsets != null) {
            throw new IllegalStateException("complete an isochronous transfer with isoPacket(...) and completeIso()");
        }
        return finish(STATUS_OK, actualLength, 0, false);
    }

    @Override
    public boolean complete(MemorySegment data) {
        if (!in) {
            throw new IllegalStateException("complete(data) is for IN transfers; OUT transfers complete(actualLength)");
        }
        lock.lock();
        try {
            if (!pending) {
                return false;
            }
            long n = Math.min(data.byteSize(), length);
            MemorySegment.copy(data, 0, buffer, 0, n);
            return data.byteSize() > length
                    ? finish(-errno_h.EOVERFLOW, (int) n, 0, false)
                    : finish(STATUS_OK, (int) n, 0, false);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean stall() {
        return finish(-errno_h.EPIPE, 0, 0, false);
    }

    @Override
    public boolean fail(TransferError error, int actualLength) {
        if (actualLength < 0 || actualLength > length) {
            throw new IllegalArgumentException("actual length " + actualLength + " outside 0.." + length);
        }
        return finish(-Urbs.errno(error), actualLength, 0, false);
    }

    @Override
    public boolean isPending() {
        lock.lock();
        try {
            return pending;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onCancel(Runnable hook) {
        boolean runNow;
        lock.lock();
        try {
            runNow = !pending && cancelled;
            if (pending) {
                if (cancelHooks == null) {
                    cancelHooks = new ArrayList<>(1);
                }
                cancelHooks.add(hook);
            }
        } finally {
            lock.unlock();
        }
        if (runNow) {
            hook.run();
        }
    }

    @Override
    public int isoPacketCount() {
        return isoOffsets == null ? 0 : isoOffsets.length - 1;
    }

    @Override
    public int isoPacketLength(int i) {
        checkIso(i);
        return isoOffsets[i + 1] - isoOffsets[i];
    }

    @Override
    public int isoPacketOffset(int i) {
        checkIso(i);
        return isoOffsets[i];
    }

    @Override
    public void isoPacket(int i, int actualLength, TransferError error) {
        int max = isoPacketLength(i);
        if (actualLength < 0 || actualLength > max) {
            throw new IllegalArgumentException("packet " + i + ": actual length " + actualLength + " outside 0.." + max);
        }
        lock.lock();
        try {
            if (pending) {
                isoActual[i] = actualLength;
                isoStatus[i] = error == null ? 0 : -Urbs.errno(error);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean completeIso() {
        if (isoOffsets == null) {
            throw new IllegalStateException("not an isochronous transfer");
        }
        lock.lock();
        try {
            if (!pending) {
                return false;
            }
            int total = 0;
            int errors = 0;
            for (int i = 0; i < isoPacketCount(); i++) {
                total += isoActual[i];
                errors += isoStatus[i] != 0 ? 1 : 0;
            }
            return finish(STATUS_OK, total, errors, false);
        } finally {
            lock.unlock();
        }
    }

    /** Ends a pending transfer from the host side (discard, close, unplug, timeout) with {@code status}. */
    boolean cancel(int status) {
        return finish(status, 0, 0, true);
    }

    /** The status the transfer ended with (negative errno or 0); only meaningful once it ended. */
    int finalStatus() {
        return finalStatus;
    }

    boolean finish(int status, int actualLength, int errorCount, boolean cancelled) {
        List<Runnable> hooks = null;
        lock.lock();
        try {
            if (!pending) {
                return false;
            }
            pending = false;
            if (status == STATUS_OK && shortNotOk() && actualLength < length) {
                status = -errno_h.EREMOTEIO;
            }
            finalStatus = status;
            if (cancelled) {
                this.cancelled = true;
                hooks = cancelHooks;
            }
            backing.record(this, status, actualLength, errorCount);
        } finally {
            lock.unlock();
        }
        device.transferEnded(this, status);
        backing.deliver(this, status, actualLength);
        if (hooks != null) {
            for (Runnable hook : hooks) {
                device.runGuarded(hook, "cancel hook of " + this);
            }
        }
        return true;
    }

    /** Packet results for the backing to write: actual length of packet {@code i} (0 if never set). */
    int isoActual(int i) {
        return isoActual[i];
    }

    /** Packet results for the backing to write: status of packet {@code i} (negative errno or 0). */
    int isoStatus(int i) {
        return isoStatus[i];
    }

    /** The raw buffer, for the backing (transfer lock held). */
    MemorySegment rawBuffer() {
        return buffer;
    }

    private void checkIso(int i) {
        if (isoOffsets == null || i < 0 || i >= isoOffsets.length - 1) {
            throw new IndexOutOfBoundsException("no isochronous packet " + i);
        }
    }

    @Override
    public String toString() {
        return String.format("%s %s transfer on ep 0x%02x, %d bytes", in ? "IN" : "OUT", type, endpoint, length);
    }
}

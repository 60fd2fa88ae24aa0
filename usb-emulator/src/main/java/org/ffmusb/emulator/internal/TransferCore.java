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
 *
 * <p>The direct transport re-arms a transfer the model itself completed for the host's next submission
 * ({@link #rearm}), so a steady stream of transfers allocates nothing; one that ended any other way
 * (cancelled, stalled by a device-side halt) may still be known to the model and is never re-armed.
 */
public abstract class TransferCore implements Transfer {
    static final int STATUS_OK = 0;
    /** Who ended a transfer: the model through the {@link Transfer} methods (or the emulator for it). */
    static final int BY_MODEL = 0;
    /** The device side, not the model's own call: a functional halt stalled it ({@link DeviceCore#haltFromDevice}). */
    static final int BY_DEVICE = 1;
    /** The host: cancelled, timed out, killed by a setting change or an unplug; cancel hooks run. */
    static final int BY_HOST = 2;

    final DeviceCore device;
    private int endpoint;
    private EndpointType type;
    private boolean in;
    private int length;
    private int streamId;
    private int flags;
    private MemorySegment buffer;
    private int isoCount;
    private int[] isoOffsets;
    private int[] isoActual;
    private int[] isoStatus;
    private final Backing backing;

    private final ReentrantLock lock = new ReentrantLock();
    private boolean pending = true;
    private boolean cancelled;
    private int endedBy = BY_MODEL;
    /** How often {@link #rearm} ran: tells a late timer which submission it was meant for. */
    private long armCount;
    private List<Runnable> cancelHooks;
    private int finalStatus = 1;

    TransferCore(DeviceCore device, int endpoint, EndpointType type, boolean in, int length, int streamId,
            int flags, MemorySegment buffer, MemorySegment isoDescriptors, Backing backing) {
        this.device = device;
        this.backing = backing;
        setUp(endpoint, type, in, length, streamId, flags, buffer);
        if (isoDescriptors != null) {
            int n = (int) (isoDescriptors.byteSize() / usbdevfs_iso_packet_desc.sizeof());
            isoCapacity(n);
            isoCount = n;
            for (int i = 0; i < n; i++) {
                isoOffsets[i + 1] = isoOffsets[i] + isoDescriptors.get(ValueLayout.JAVA_INT,
                        i * usbdevfs_iso_packet_desc.sizeof() + usbdevfs_iso_packet_desc.length$offset());
            }
        }
    }

    private void setUp(int endpoint, EndpointType type, boolean in, int length, int streamId, int flags,
            MemorySegment buffer) {
        this.endpoint = endpoint;
        this.type = type;
        this.in = in;
        this.length = length;
        this.streamId = streamId;
        this.flags = flags;
        this.buffer = buffer;
    }

    private void isoCapacity(int n) {
        if (isoOffsets == null || isoOffsets.length < n + 1) {
            isoOffsets = new int[n + 1];
            isoActual = new int[n];
            isoStatus = new int[n];
        }
    }

    /**
     * Makes an ended transfer pending again with new parameters (the direct transport's reuse). Only
     * for a transfer that {@link #isReusable()}; the caller owns it exclusively until it submits it.
     * {@code isoLengths} holds the requested length of each of {@code isoPackets} packets (0 for none).
     */
    void rearm(int endpoint, EndpointType type, boolean in, int length, int streamId, int flags,
            MemorySegment buffer, int isoPackets, int[] isoLengths) {
        lock.lock();
        try {
            setUp(endpoint, type, in, length, streamId, flags, buffer);
            isoCount = 0;
            if (isoPackets > 0) {
                isoCapacity(isoPackets);
                isoCount = isoPackets;
                for (int i = 0; i < isoPackets; i++) {
                    isoOffsets[i + 1] = isoOffsets[i] + isoLengths[i];
                    isoActual[i] = 0;
                    isoStatus[i] = 0;
                }
            }
            pending = true;
            cancelled = false;
            endedBy = BY_MODEL;
            finalStatus = 1;
            armCount++;
            if (cancelHooks != null) {
                cancelHooks.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The number of the current submission (see {@link #rearm}); read by its submitter, which alone re-arms it. */
    long armCount() {
        return armCount;
    }

    /** {@link #cancel} if the transfer is still in submission {@code arm} (a timer firing late must not
     *  end the next one). */
    boolean cancelIfArm(long arm, int status) {
        lock.lock();
        try {
            return armCount == arm && cancel(status);
        } finally {
            lock.unlock();
        }
    }

    /** Takes back a re-armed transfer the host then refused to submit: it ends quietly, reusable. */
    void abandon() {
        lock.lock();
        try {
            pending = false;
            endedBy = BY_MODEL;
        } finally {
            lock.unlock();
        }
    }

    /** Corrects the type before the transfer is submitted (a bulk request on an interrupt endpoint is an
     *  interrupt transfer, as usbfs treats it). */
    void retype(EndpointType type) {
        this.type = type;
    }

    /** Where the result goes. */
    Backing backing() {
        return backing;
    }

    /** True once the transfer ended through its model (or the emulator answering for it): no one but the
     *  host refers to it any more, so it may be re-armed. */
    boolean isReusable() {
        lock.lock();
        try {
            return !pending && endedBy == BY_MODEL;
        } finally {
            lock.unlock();
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
        if (!lock.isHeldByCurrentThread() && !device.mayTouchBuffers()) {
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
        if (isoCount > 0) {
            throw new IllegalStateException("complete an isochronous transfer with isoPacket(...) and completeIso()");
        }
        return finish(STATUS_OK, actualLength, 0, BY_MODEL);
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
                    ? finish(-errno_h.EOVERFLOW, (int) n, 0, BY_MODEL)
                    : finish(STATUS_OK, (int) n, 0, BY_MODEL);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean stall() {
        return finish(-errno_h.EPIPE, 0, 0, BY_MODEL);
    }

    @Override
    public boolean fail(TransferError error, int actualLength) {
        if (actualLength < 0 || actualLength > length) {
            throw new IllegalArgumentException("actual length " + actualLength + " outside 0.." + length);
        }
        return finish(-Urbs.errno(error), actualLength, 0, BY_MODEL);
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
        return isoCount;
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
        if (isoCount == 0) {
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
            return finish(STATUS_OK, total, errors, BY_MODEL);
        } finally {
            lock.unlock();
        }
    }

    /** Ends a pending transfer from the host side (discard, close, unplug, timeout) with {@code status}. */
    boolean cancel(int status) {
        return finish(status, 0, 0, BY_HOST);
    }

    /** The status the transfer ended with (negative errno or 0); only meaningful once it ended. */
    int finalStatus() {
        return finalStatus;
    }

    /**
     * Ends the transfer once: records the result for the host (under the lock), does the device's
     * bookkeeping, then hands the transfer to its backing with the cancel hooks to run if the host
     * ended it ({@code endedBy} {@link #BY_HOST}).
     */
    boolean finish(int status, int actualLength, int errorCount, int endedBy) {
        List<Runnable> hooks = null;
        lock.lock();
        try {
            if (!pending) {
                return false;
            }
            pending = false;
            this.endedBy = endedBy;
            if (status == STATUS_OK && shortNotOk() && actualLength < length) {
                status = -errno_h.EREMOTEIO;
            }
            finalStatus = status;
            if (endedBy == BY_HOST) {
                this.cancelled = true;
                hooks = cancelHooks == null || cancelHooks.isEmpty() ? null : List.copyOf(cancelHooks);
            }
            backing.record(this, status, actualLength, errorCount);
        } finally {
            lock.unlock();
        }
        device.transferEnded(this, status);
        backing.ended(this, status, actualLength, hooks);
        return true;
    }

    /** Runs cancel hooks one after the other; a failing hook is logged. */
    void runCancelHooks(List<Runnable> hooks) {
        if (hooks != null) {
            for (Runnable hook : hooks) {
                DeviceCore.runGuarded(hook, "cancel hook of " + this);
            }
        }
    }

    /**
     * Linux clears what an iso IN transfer's short packets left of their slots, so that the gaps hold no
     * stale data. Transfer lock held, at the end.
     */
    void clearIsoGaps() {
        if (!in) {
            return;
        }
        for (int i = 0; i < isoCount; i++) {
            int gap = isoPacketLength(i) - isoActual[i];
            if (gap > 0) {
                buffer.asSlice(isoOffsets[i] + isoActual[i], gap).fill((byte) 0);
            }
        }
    }

    /** Packet results for the backing to write: actual length of packet {@code i} (0 if never set). */
    int isoActual(int i) {
        return isoActual[i];
    }

    /** Packet results for the backing to write: status of packet {@code i} (negative errno or 0). */
    int isoStatus(int i) {
        return isoStatus[i];
    }

    private void checkIso(int i) {
        if (i < 0 || i >= isoCount) {
            throw new IndexOutOfBoundsException("no isochronous packet " + i);
        }
    }

    @Override
    public String toString() {
        return String.format("%s %s transfer on ep 0x%02x, %d bytes", in ? "IN" : "OUT", type, endpoint, length);
    }
}
